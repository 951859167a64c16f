import Foundation

/// Keeps the built site in memory.
public final class MemoryOutputWriter: OutputWriter, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: Data] = [:]

    public init() {}

    /// The files of the last write, by path.
    public var files: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    public func write(_ files: [OutputFile]) throws {
        let table = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { _, last in last })
        lock.lock()
        stored = table
        lock.unlock()
    }
}
