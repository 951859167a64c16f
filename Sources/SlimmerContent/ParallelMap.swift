import Foundation
import Synchronization

/// Runs independent work on every core and returns the results in input
/// order, so that output never depends on which core finished first.
public enum ParallelMap {
    /// The number of cores this machine offers.
    public static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `transform` applied to every input, on at most `jobs` threads at once.
    ///
    /// Threads take the next few inputs as they finish their last: with a
    /// fixed share each, the thread with the longer pages kept the others
    /// waiting at the end of every map.
    public static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int = defaultJobs, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        guard jobs > 1, inputs.count > 1 else { return inputs.map(transform) }
        let threads = min(jobs, inputs.count)
        // Small enough to even out the ends, large enough that taking them costs nothing.
        let batch = max(1, inputs.count / (threads * 32))
        let next = Atomic<Int>(0)
        return [Output](unsafeUninitializedCapacity: inputs.count) { buffer, initialized in
            let slots = SendableBuffer(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while true {
                    let start = next.wrappingAdd(batch, ordering: .relaxed).oldValue
                    guard start < inputs.count else { return }
                    for index in start..<min(start + batch, inputs.count) {
                        // Each slot is written once, by one thread; the array is read only after all finished.
                        (slots.base + index).initialize(to: transform(inputs[index]))
                    }
                }
            }
            initialized = inputs.count
        }
    }
}

/// Result slots that many threads write, each a different one.
private struct SendableBuffer<Value>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Value>
}
