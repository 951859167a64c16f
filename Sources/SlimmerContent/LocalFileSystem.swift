import Foundation

/// A site folder on disk.
public struct LocalFileSystem: FileSystem {
    /// Absolute path of the site's root.
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public func contents(of path: String) throws -> Data {
        // Paths come from site.yml and content too: never read outside the site.
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { throw FileNotFound(path: path) }
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw FileNotFound(path: path)
        }
        return data
    }

    public func files(under directory: String) -> [String] {
        let base = root.appendingPathComponent(directory)
        guard
            let enumerator = FileManager.default.enumerator(
                at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [])
        else { return [] }
        var result: [String] = []
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            result.append(String(path.dropFirst(prefix.count)))
        }
        return result.sorted()
    }

    public func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(
            atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
        return exists && !isDirectory.boolValue
    }
}
