import Foundation

/// The files a site is read from. A protocol so that tests and the preview
/// server can build from memory.
public protocol FileSystem: Sendable {
    /// The bytes of the file at `path`, relative to the site's root.
    func contents(of path: String) throws -> Data
    /// Every regular file below `directory`, as paths relative to the site's
    /// root, sorted so that builds never depend on directory order.
    func files(under directory: String) -> [String]
    /// True when a regular file exists at `path`.
    func fileExists(_ path: String) -> Bool
}

/// The error thrown when a file is missing.
public struct FileNotFound: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "no such file: \(path)" }
}
