import Foundation

/// A site being written into a staging folder beside the output.
final class DiskStage: OutputStage, @unchecked Sendable {
    private let writer: DiskOutputWriter
    private let staging: URL
    private let lock = NSLock()
    /// Folders that exist already; guarded by `lock`.
    private var known: Set<String>

    init(writer: DiskOutputWriter, staging: URL) {
        self.writer = writer
        self.staging = staging
        self.known = [staging.path]
    }

    func add(_ files: [OutputFile]) throws {
        lock.lock()
        defer { lock.unlock() }
        try writer.writeAll(files, into: staging, known: &known)
    }

    func add(count: Int, jobs: Int, _ page: @Sendable (Int) -> OutputText) throws {
        lock.lock()
        defer { lock.unlock() }
        try writer.writeAll(count: count, jobs: jobs, into: staging, known: &known) { index, place in
            var made = page(index)
            try FileTree.write(&made.text, to: place(made.path))
        }
    }

    func commit() throws {
        do {
            try writer.swap(staging, into: writer.output)
        } catch {
            discard()
            throw error
        }
    }

    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
