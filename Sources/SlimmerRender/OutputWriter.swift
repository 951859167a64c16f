/// Where a built site goes: a folder on disk, or memory for tests and the
/// preview server.
public protocol OutputWriter: Sendable {
    /// Writes the whole site at once, replacing what was there. On failure
    /// the previous output must be left as it was.
    func write(_ files: [OutputFile]) throws

    /// Starts a write whose files arrive in parts, so that a large site
    /// never sits in memory whole; nil when the writer wants them at once.
    func stage() throws -> OutputStage?
}

extension OutputWriter {
    public func stage() throws -> OutputStage? { nil }
}

/// A write in progress: nothing is visible until `commit()`.
public protocol OutputStage: Sendable {
    func add(_ files: [OutputFile]) throws
    /// Replaces the previous output with everything added.
    func commit() throws
    /// Drops everything added; the previous output stays as it was.
    func discard()
}
