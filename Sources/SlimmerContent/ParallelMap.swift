import Foundation

/// Runs independent work on every core and returns the results in input
/// order, so that output never depends on which core finished first.
public enum ParallelMap {
    /// The number of cores this machine offers.
    public static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `transform` applied to every input, on at most `jobs` threads at once.
    public static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int = defaultJobs, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        guard jobs > 1, inputs.count > 1 else { return inputs.map(transform) }
        let results = ResultBox<Output>(count: inputs.count)
        let stripes = min(jobs, inputs.count)
        DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
            for index in stride(from: stripe, to: inputs.count, by: stripes) {
                results.set(index, transform(inputs[index]))
            }
        }
        return results.values()
    }
}

/// Slots written once each from many threads.
private final class ResultBox<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
