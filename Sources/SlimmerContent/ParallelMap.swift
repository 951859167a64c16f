import Foundation
import Synchronization

/// Runs independent work on every core and returns the results in input
/// order, so that output never depends on which core finished first.
public enum ParallelMap {
    /// The number of cores this machine offers.
    public static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `transform` applied to every input, on at most `jobs` threads at once.
    ///
    /// Threads take a share of the inputs left as they finish their last:
    /// large shares first, single inputs at the end, so that no thread waits
    /// long for another's last share. With a fixed share each, the thread with
    /// the longer pages kept the others waiting at the end of every map; with
    /// fixed batches of a 64th, a core still idled for most of a batch at each
    /// of the build's hundred maps.
    public static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int = defaultJobs, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        guard jobs > 1, inputs.count > 1 else { return inputs.map(transform) }
        let threads = min(jobs, inputs.count)
        let next = Atomic<Int>(0)
        return [Output](unsafeUninitializedCapacity: inputs.count) { buffer, initialized in
            let slots = SendableBuffer(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let shares = take(from: next, count: inputs.count, threads: threads) {
                    for index in shares {
                        // Each slot is written once, by one thread; the array is read only after all finished.
                        (slots.base + index).initialize(to: transform(inputs[index]))
                    }
                }
            }
            initialized = inputs.count
        }
    }

    /// The next share of `0..<count`: half of what is left divided among the
    /// threads (guided self-scheduling), at least one input; nil when none is left.
    static func take(from next: borrowing Atomic<Int>, count: Int, threads: Int) -> Range<Int>? {
        var start = next.load(ordering: .relaxed)
        while start < count {
            let end = min(count, start + max(1, (count - start) / (threads * 2)))
            let (taken, current) = next.compareExchange(expected: start, desired: end, ordering: .relaxed)
            if taken { return start..<end }
            start = current
        }
        return nil
    }
}

/// Result slots that many threads write, each a different one.
private struct SendableBuffer<Value>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Value>
}
