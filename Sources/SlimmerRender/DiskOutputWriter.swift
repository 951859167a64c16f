import CAtomicSwap
import Foundation
import SlimmerContent

/// Writes the site to a folder, atomically: everything goes to a temporary
/// folder beside the output, which replaces the output only when all files
/// are written. A failed or interrupted build leaves the old site in place.
public struct DiskOutputWriter: OutputWriter {
    public let output: URL
    /// How many files are written at once.
    public let jobs: Int

    public init(output: URL, jobs: Int = ParallelMap.defaultJobs) {
        self.output = output.standardizedFileURL
        self.jobs = jobs
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
        let stage = try diskStage()
        do {
            try stage.add(files)
            try stage.commit()
        } catch {
            stage.discard()
            throw error
        }
    }

    public func stage() throws -> OutputStage? {
        try diskStage()
    }

    private func diskStage() throws -> DiskStage {
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
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        return DiskStage(writer: self, staging: staging)
    }

    /// Shared folders first, one by one; then on every core each file, with
    /// the folder of its own (most pages have one: `x/index.html`).
    func writeAll(_ files: [OutputFile], into folder: URL, known: inout Set<String>) throws {
        // Plain string work: this loop runs on one core while the others
        // wait, and `URL.path` and `NSString` path methods per file were most of it.
        let root = folder.path
        var leaves: [String?] = []
        leaves.reserveCapacity(files.count)
        for file in files {
            let parts = file.path.split(separator: "/")
            guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }), !file.path.hasPrefix("/") else {
                throw Failure.unsafePath(file.path)
            }
            let leaf = parts.count == 1 ? root : root + "/" + parts.dropLast().joined(separator: "/")
            if !known.contains(leaf) {
                try FileTree.makeDirectory(FileTree.parent(of: leaf), known: &known)
            }
            leaves.append(known.contains(leaf) ? nil : leaf)
        }
        let tasks = Array(zip(files, leaves))
        let failures = ParallelMap.map(tasks, jobs: jobs) { file, leaf -> FileTree.Failure? in
            do {
                if let leaf { try FileTree.makeLeafDirectory(leaf) }
                try FileTree.write(file.contents, to: root + "/" + file.path)
                return nil
            } catch {
                return error as? FileTree.Failure
            }
        }
        known.formUnion(leaves.compactMap { $0 })
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Moves the new folder into place; the old one is removed only after.
    /// On Linux the two folders trade places in one atomic step, so even a
    /// build killed at that moment leaves a complete site in place.
    func swap(_ staging: URL, into output: URL) throws {
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
