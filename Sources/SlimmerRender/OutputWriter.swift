/// Where a built site goes: a folder on disk, or memory for tests and the
/// preview server.
public protocol OutputWriter: Sendable {
    /// Writes the whole site at once, replacing what was there. On failure
    /// the previous output must be left as it was.
    func write(_ files: [OutputFile]) throws
}
