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

    /// On every core, each file with the folder it goes in (most pages have
    /// one of their own: `x/index.html`); a folder's missing parents are made
    /// when it cannot be. Making the shared folders first, one by one, had a
    /// core wait for the other at every chunk of pages.
    ///
    /// The largest files go first: the search index (11 MB at 10,000 items)
    /// came last and was written on one core for 30 ms while the other idled.
    func writeAll(_ files: [OutputFile], into folder: URL, known: inout Set<String>) throws {
        let order = files.indices.sorted { (files[$0].contents.count, $1) > (files[$1].contents.count, $0) }
        try writeAll(count: files.count, jobs: jobs, into: folder, known: &known) { index, place in
            let file = files[order[index]]
            try FileTree.write(file.contents, to: place(file.path))
        }
    }

    /// Runs `write` for each index on every core. `write` asks `place` for
    /// the full path of a relative one, which makes the folder it goes in.
    func writeAll(
        count: Int, jobs: Int, into folder: URL, known: inout Set<String>,
        _ write: @Sendable (Int, _ place: (String) throws -> String) throws -> Void
    ) throws {
        let root = folder.path
        let existing = known
        let results = ParallelMap.map(Array(0..<count), jobs: jobs) { index -> Result<String?, Error> in
            var made: String?
            do {
                try write(index) { path in
                    guard let leaf = Self.folder(of: path, in: root) else { throw Failure.unsafePath(path) }
                    if !existing.contains(leaf) {
                        try FileTree.makeDirectories(leaf)
                        made = leaf
                    }
                    return root + "/" + path
                }
                return .success(made)
            } catch {
                return .failure(error)
            }
        }
        var failures: [Error] = []
        for result in results {
            switch result {
            case .success(let made): if let made { known.insert(made) }
            case .failure(let error): failures.append(error)
            }
        }
        // An unsafe path is the reason to give, as when it stopped the write before any file.
        if let failure = failures.first(where: { $0 is Failure }) ?? failures.first { throw failure }
    }

    /// The folder `path` goes in, under `root`; nil for a path that could
    /// land outside it (absolute, empty, or with `.` or `..`).
    static func folder(of path: String, in root: String) -> String? {
        guard !path.hasPrefix("/") else { return nil }
        var folder = root
        // The last name so far: the file's own, unless another follows.
        var last: Range<String.Index>?
        for segment in PathSegments(path) {
            switch segment.kind {
            case .current, .parent: return nil
            case .empty: continue  // `a//b` is `a/b`
            case .name:
                if let last {
                    folder += "/"
                    folder += path[last]
                }
                last = segment.range
            }
        }
        return last == nil ? nil : folder
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
