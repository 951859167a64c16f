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
    /// Adds `count` pages, each made by `page` on one of `jobs` cores and
    /// written there as soon as it is made: the page's text is still in that
    /// core's cache, no chunk of pages waits in memory, and no core waits for
    /// the others between rendering and writing.
    func add(count: Int, jobs: Int, _ page: @Sendable (Int) -> OutputText) throws
    /// Replaces the previous output with everything added.
    func commit() throws
    /// Drops everything added; the previous output stays as it was.
    func discard()
}
