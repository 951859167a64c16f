import CAtomicSwap
import Foundation

/// Writes the site to a folder, atomically: everything goes to a temporary
/// folder beside the output, which replaces the output only when all files
/// are written. A failed or interrupted build leaves the old site in place.
public struct DiskOutputWriter: OutputWriter {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// The reasons a write is refused.
    public enum Failure: Error, CustomStringConvertible {
        case unsafePath(String)
        case notAnOutputFolder(String)

        public var description: String {
            switch self {
            case .unsafePath(let path): "refusing to write \(path): it would land outside the output folder"
            case .notAnOutputFolder(let path):
                "refusing to replace \(path): it is a file, not a folder. Choose another --output"
            }
        }
    }

    public func write(_ files: [OutputFile]) throws {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: output.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Failure.notAnOutputFolder(output.path)
        }
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).slimmer-new-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: staging)
        do {
            try writeAll(files, into: staging)
            try swap(staging, into: output)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }

    private func writeAll(_ files: [OutputFile], into folder: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var created: Set<String> = []
        for file in files {
            let parts = file.path.split(separator: "/")
            guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }), !file.path.hasPrefix("/") else {
                throw Failure.unsafePath(file.path)
            }
            let url = folder.appendingPathComponent(file.path)
            let directory = url.deletingLastPathComponent().path
            if created.insert(directory).inserted {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            try file.contents.write(to: url)
        }
    }

    /// Moves the new folder into place; the old one is removed only after.
    /// On Linux the two folders trade places in one atomic step, so even a
    /// build killed at that moment leaves a complete site in place.
    private func swap(_ staging: URL, into output: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else {
            try manager.moveItem(at: staging, to: output)
            return
        }
        if slimmer_exchange_paths(staging.path, output.path) == 0 {
            try? manager.removeItem(at: staging)
            return
        }
        let old = output.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent).slimmer-old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: old)
        try manager.moveItem(at: output, to: old)
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            try? manager.moveItem(at: old, to: output)
            throw error
        }
        try? manager.removeItem(at: old)
    }
}
