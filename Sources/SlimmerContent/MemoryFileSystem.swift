import Foundation

/// A site held in memory: for tests, and for the preview server's overlays.
public struct MemoryFileSystem: FileSystem {
    /// File contents by path relative to the site's root.
    public var files: [String: Data]

    public init(files: [String: Data] = [:]) {
        self.files = files
    }

    /// A file system from text files.
    public init(texts: [String: String]) {
        self.files = texts.mapValues { Data($0.utf8) }
    }

    public func contents(of path: String) throws -> Data {
        guard let data = files[path] else { throw FileNotFound(path: path) }
        return data
    }

    public func files(under directory: String) -> [String] {
        let prefix = directory.isEmpty || directory.hasSuffix("/") ? directory : directory + "/"
        return files.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }

    public func fileExists(_ path: String) -> Bool {
        files[path] != nil
    }
}
