import Foundation

/// A value worked out on another thread while the caller goes on, for work
/// with serial stretches that would otherwise leave cores idle.
public final class Pending<Value: Sendable>: @unchecked Sendable {
    // Written once before `done` is signalled, read only after waiting for it.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` at once; with `jobs` 1 (a one-core build) it runs here and now.
    public init(jobs: Int, _ work: @escaping @Sendable () -> Value) {
        guard jobs > 1 else {
            result = work()
            done.signal()
            return
        }
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Whether the value has arrived, without waiting for it.
    public var isReady: Bool {
        guard done.wait(timeout: .now()) == .success else { return false }
        done.signal()
        return true
    }

    /// The value, waiting for it if need be.
    public var value: Value {
        done.wait()
        defer { done.signal() }
        return result!
    }
}
