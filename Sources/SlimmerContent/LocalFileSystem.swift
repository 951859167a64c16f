import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A site folder on disk.
public struct LocalFileSystem: FileSystem {
    /// Absolute path of the site's root.
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public func contents(of path: String) throws -> Data {
        // Paths come from site.yml and content too: never read outside the site.
        guard !path.hasPrefix("/"), !Self.climbs(path) else { throw FileNotFound(path: path) }
        // A path, not `URL.appendingPathComponent`, and no `FileManager`: with
        // their extra lookups, reading took 2.4% of a build's CPU, now 1.7%.
        guard let data = Self.readFile(root.path + "/" + path) else { throw FileNotFound(path: path) }
        return data
    }

    /// Whether `path` has a `..` segment.
    static func climbs(_ path: String) -> Bool {
        PathSegments(path).contains { $0.kind == .parent }
    }

    /// A regular file's bytes, with one `open`, `fstat` and `read`s; nil when it cannot be read.
    private static func readFile(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var data = Data(count: Int(info.st_size))
        var filled = 0
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            while filled < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return count == 0 }
                filled += count
            }
            return true
        }
        guard complete else { return nil }
        // A file that shrank while being read; one that grew is read as it was at `fstat`.
        if filled < data.count { data.removeSubrange(filled...) }
        return data
    }

    /// Regular files under `directory`, relative to the root, sorted. Plain
    /// `readdir`: Foundation's enumerator with resource values took 150 ms
    /// for 10,000 files, all of it before any file could be read.
    public func files(under directory: String) -> [String] {
        guard !directory.split(separator: "/").contains("..") else { return [] }
        var result: [String] = []
        let base = directory.isEmpty ? root.path : root.appendingPathComponent(directory).path
        Self.walk(base, relative: directory, into: &result)
        return result.sorted()
    }

    private static func walk(_ absolute: String, relative: String, into result: inout [String]) {
        guard let folder = opendir(absolute) else { return }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = absolute + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): walk(path, relative: relativePath, into: &result)
            case Int32(DT_REG): result.append(relativePath)
            default:
                // A link or an unknown type: a file it leads to counts; a folder is not
                // followed, as Foundation's enumerator did not either.
                var info = stat()
                if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { result.append(relativePath) }
            }
        }
    }

    public func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(
            atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
        return exists && !isDirectory.boolValue
    }
}
