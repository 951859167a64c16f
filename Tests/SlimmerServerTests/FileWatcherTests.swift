import Foundation
import Testing

@testable import SlimmerServer

#if canImport(Glibc)
    import Glibc
#endif

/// Real files in a real temporary folder, the way editors write them. Every
/// wait is bounded, so a watcher that misses an event fails the test rather
/// than hanging it.
@Suite struct FileWatcherTests {
    static let sitePaths = ["content", "themes", "templates", "static", "data", "site.yml"]

    @Test func reportsCreatingModifyingAndDeletingAFile() async throws {
        let site = try WatchedSite()
        defer { site.close() }

        try site.write("content/doetanks/x.md")
        let first = await site.settledBatches()
        #expect(first == [[created("content/doetanks/x.md")]])

        try site.write("content/doetanks/x.md", "nieuw")
        let second = await site.settledBatches(after: 1)
        #expect(second == [[modified("content/doetanks/x.md")]])

        try site.remove("content/doetanks/x.md")
        let third = await site.settledBatches(after: 2)
        #expect(third == [[deleted("content/doetanks/x.md")]])
    }

    @Test func anAtomicSaveIsOneModification() async throws {
        let site = try WatchedSite()
        defer { site.close() }

        // What most editors do: write a temporary file, then rename it over the original.
        try site.write("content/cases/x.md.tmp", "nieuw")
        try site.move("content/cases/x.md.tmp", to: "content/cases/x.md")

        let batches = await site.settledBatches()

        #expect(batches == [[modified("content/cases/x.md")]])
    }

    @Test func aVimSaveIsOneModification() async throws {
        let site = try WatchedSite()
        defer { site.close() }

        // vim with its default backup settings: probe, rename to a backup, write anew, drop the backup.
        try site.write("content/cases/4913", "")
        try site.remove("content/cases/4913")
        try site.move("content/cases/x.md", to: "content/cases/x.md~")
        try site.write("content/cases/x.md", "nieuw")
        try site.remove("content/cases/x.md~")

        let batches = await site.settledBatches()

        #expect(batches == [[modified("content/cases/x.md")]])
    }

    /// The debounce itself is tested with a fake clock above; on a loaded
    /// machine a real writer can pause longer than any debounce, so this test
    /// asserts the coalescing, not the timing.
    @Test func rapidWritesWithinTheDebounceAreOneBatch() async throws {
        let site = try WatchedSite(debounce: .milliseconds(600))
        defer { site.close() }

        for version in 1...5 {
            try site.write("content/cases/x.md", "versie \(version)")
        }

        let batches = await site.settledBatches()

        #expect(!batches.isEmpty)
        #expect(batches.count <= 2)
        #expect(batches.allSatisfy { $0 == [modified("content/cases/x.md")] })
    }

    @Test func aFolderCreatedLaterIsWatched() async throws {
        let site = try WatchedSite()
        defer { site.close() }

        try site.makeFolder("content/nieuw/dieper")
        // Long enough for the watcher to see the folder and watch it.
        try await Task.sleep(for: .milliseconds(50))
        try site.write("content/nieuw/dieper/x.md")

        let changes = await site.allChanges()

        #expect(changes == [created("content/nieuw/dieper/x.md")])
    }

    @Test func filesWrittenTogetherWithTheirFolderAreReported() async throws {
        let site = try WatchedSite()
        defer { site.close() }

        // `mkdir -p a/b && cp …`: the files may exist before the folder is watched.
        try site.makeFolder("content/a/b")
        try site.write("content/a/b/x.md")
        try site.write("content/a/y.md")

        let changes = await site.allChanges()

        #expect(changes == [created("content/a/b/x.md"), created("content/a/y.md")])
    }

    @Test func aFolderMovedInReportsEachFile() async throws {
        let site = try WatchedSite()
        defer { site.close() }
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        try outside.write("map/een.md")
        try outside.write("map/sub/twee.md")
        try outside.write("map/.#een.md")

        try FileManager.default.moveItem(
            at: outside.url.appendingPathComponent("map"), to: site.folder.url.appendingPathComponent("content/map"))

        let first = await site.settledBatches()

        #expect(first == [[created("content/map/een.md"), created("content/map/sub/twee.md")]])

        // The moved folder is watched too.
        try site.write("content/map/sub/drie.md")
        let second = await site.settledBatches(after: 1)
        #expect(second == [[created("content/map/sub/drie.md")]])
    }

    @Test func aFolderMovedAwayReportsEachFileDeleted() async throws {
        let site = try WatchedSite()
        defer { site.close() }
        let outside = try TemporaryFolder()
        defer { outside.remove() }

        try FileManager.default.moveItem(
            at: site.folder.url.appendingPathComponent("content/cases"), to: outside.url.appendingPathComponent("cases")
        )

        let first = await site.settledBatches()

        #expect(first == [[deleted("content/cases/x.md")]])

        // It is no longer watched where it went.
        try outside.write("cases/y.md")
        try site.write("content/z.md")
        let second = await site.settledBatches(after: 1)
        #expect(second == [[created("content/z.md")]])
    }

    @Test func editorNoiseIsIgnored() async throws {
        let site = try WatchedSite()
        defer { site.close() }

        for noise in [
            "content/.#x.md", "content/x.md~", "content/.x.md.swp", "content/.x.md.swx", "content/x.md.tmp",
            "content/4913", "content/#x.md#", "content/x.md___jb_tmp___", "content/.git/HEAD",
            "content/.build-watch/debug/x.o", "static/.build/y",
        ] {
            try site.write(noise)
        }
        try site.remove("content/.x.md.swp")
        // Then one real change, so that silence cannot mean a dead watcher.
        try site.write("content/echt.md")

        let changes = await site.allChanges()

        #expect(changes == [created("content/echt.md")])
    }

    @Test func onlyWatchedPathsAreReported() async throws {
        let site = try WatchedSite()
        defer { site.close() }

        try site.write("site.yml", "title: Nieuw")
        try site.write("README.md")
        try site.write("public/index.html")
        try site.write("site.yml.bak")

        let changes = await site.allChanges()

        #expect(changes == [modified("site.yml")])
    }

    @Test func aMissingWatchedFolderIsWatchedOnceItAppears() async throws {
        let site = try WatchedSite()
        defer { site.close() }
        #expect(!FileManager.default.fileExists(atPath: site.folder.url.appendingPathComponent("data").path))

        try site.write("data/partners.yml")

        let changes = await site.allChanges()

        #expect(changes == [created("data/partners.yml")])
    }

    @Test func aFileCreatedAndDeletedWithinTheDebounceIsNotReported() async throws {
        let site = try WatchedSite()
        defer { site.close() }

        try site.write("content/kort.md")
        try site.remove("content/kort.md")
        try site.write("content/blijft.md")

        let changes = await site.allChanges()

        #expect(changes == [created("content/blijft.md")])
    }

    @Test func batchesAreSortedByPath() async throws {
        let site = try WatchedSite()
        defer { site.close() }

        try site.write("themes/slimmer/style.css")
        try site.write("content/b.md")
        try site.write("content/a.md")

        let batches = await site.settledBatches()

        #expect(batches == [[created("content/a.md"), created("content/b.md"), created("themes/slimmer/style.css")]])
    }

    @Test func changesBeforeAnyoneListensFormTheFirstBatch() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let watcher = try FileWatcher(root: folder.url, paths: ["content"], debounce: .milliseconds(20))
        defer { watcher.stop() }

        try folder.write("content/vroeg.md")
        try await Task.sleep(for: .milliseconds(300))
        let recorder = Recorder()
        let task = recorder.record(watcher.changes())
        defer { task.cancel() }

        let batches = await recorder.batches(atLeast: 1)

        #expect(batches == [[created("content/vroeg.md")]])
    }

    @Test func stopFinishesTheStreamPromptly() async throws {
        let site = try WatchedSite()
        defer { site.close() }
        try await Task.sleep(for: .milliseconds(50))

        let start = ContinuousClock.now
        site.watcher.stop()
        // The recording task ends when its stream does.
        await site.task.value
        let elapsed = ContinuousClock.now - start

        #expect(await site.recorder.isFinished)
        // Generous: this guards against a hang, not a speed (the machine may be loaded).
        #expect(elapsed < .seconds(2))
        #expect(await eventually(within: .seconds(2)) { !site.watcher.isReaderRunning })
        // A stream asked for after stopping ends at once.
        var iterator = site.watcher.changes().makeAsyncIterator()
        #expect(await iterator.next() == nil)
        site.watcher.stop()
    }

    @Test func stopDropsChangesStillWaiting() async throws {
        // Far longer than any stall of a loaded machine, so nothing is due before stop().
        let site = try WatchedSite(debounce: .seconds(120))
        defer { site.close() }

        try site.write("content/x.md", "nieuw")
        try await Task.sleep(for: .milliseconds(50))
        site.watcher.stop()

        #expect(await eventually(within: .seconds(2)) { await site.recorder.isFinished })
        #expect(await site.recorder.batches == [])
    }

    @Test func droppingTheWatcherStopsIt() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        weak var weakWatcher: FileWatcher?
        let hub: ChangeHub
        do {
            let watcher = try FileWatcher(root: folder.url, paths: ["content"])
            weakWatcher = watcher
            hub = watcher.hub
        }

        #expect(weakWatcher == nil)
        #expect(hub.isStopped)
        #expect(await eventually(within: .seconds(2)) { !hub.isReaderRunning })
    }

    @Test func aStreamKeepsItsWatcherAlive() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        weak var weakWatcher: FileWatcher?
        let recorder = Recorder()
        let task: Task<Void, Never>
        do {
            let watcher = try FileWatcher(root: folder.url, paths: ["content"], debounce: .milliseconds(100))
            weakWatcher = watcher
            task = recorder.record(watcher.changes())
        }

        #expect(weakWatcher != nil)
        try folder.write("content/x.md")
        let batches = await recorder.batches(atLeast: 1)
        #expect(batches.first == [created("content/x.md")])

        task.cancel()
        await task.value
        #expect(await eventually(within: .seconds(2)) { weakWatcher == nil })
    }

    @Test func aMissingRootIsAnError() {
        let missing = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("ontbreekt-\(UUID())")
        #expect(throws: (any Error).self) {
            _ = try FileWatcher(root: missing, paths: ["content"])
        }
    }

    @Test func coalescingFollowsTheNetEffect() {
        var pending = PendingChanges()
        pending.record([
            created("a"), modified("a"),  // → created
            created("b"), deleted("b"),  // → nothing
            deleted("c"), created("c"),  // → modified
            modified("d"), deleted("d"),  // → deleted
            created("e"), deleted("e"), created("e"),  // → created
        ])
        #expect(pending.take() == [created("a"), modified("c"), deleted("d"), created("e")])
        #expect(pending.isEmpty)
    }

    @Test func debouncerWaitsForQuietButNotForEver() {
        var debouncer = Debouncer(timing: DebounceTiming(quiet: .milliseconds(80)))
        let start = ContinuousClock.now
        #expect(debouncer.pollTimeout(at: start) == -1)
        #expect(debouncer.pollTimeout(at: start, limit: start + .milliseconds(500)) == 500)

        debouncer.record([created("a")], at: start)
        #expect(debouncer.pollTimeout(at: start) == 80)
        #expect(debouncer.pollTimeout(at: start + .microseconds(79_500)) == 1)
        // Past the deadline: return at once, never a negative (endless) timeout.
        #expect(debouncer.pollTimeout(at: start + .seconds(1)) == 0)
        #expect(debouncer.takeIfDue(at: start + .milliseconds(79)) == nil)

        // A file written without pause is reported after two seconds all the same.
        for step in 1...40 { debouncer.record([modified("a")], at: start + .milliseconds(50 * step)) }
        #expect(debouncer.takeIfDue(at: start + .milliseconds(2000)) == [created("a")])
        #expect(debouncer.pollTimeout(at: start + .milliseconds(2000)) == -1)
    }

    @Test(arguments: [
        ("content/.#x.md", true), ("content/x.md~", true), ("content/.x.md.swp", true), ("content/x.swx", true),
        ("content/x.md.tmp", true), ("content/4913", true), ("content/.git/config", true),
        ("content/.build/x", true), ("content/.build-watch", true), ("content/x.md", false),
        ("content/tmp.md", false), ("content/.well-known/x", false), ("content/git/x.md", false),
        ("content/#", false), ("static/style.css", false),
    ])
    func noiseRules(path: String, isNoise: Bool) {
        #expect(WatchScope.isNoise(path) == isNoise)
    }

    @Test func scopeWatchesParentsOfWatchedPaths() {
        let scope = WatchScope(["./content/", "config/site.yml"])
        #expect(scope.paths == ["content", "config/site.yml"])
        #expect(scope.contains("content/x.md"))
        #expect(!scope.contains("contents/x.md"))
        #expect(scope.contains("config/site.yml"))
        #expect(!scope.contains("config/other.yml"))
        #expect(scope.needsWatch(directory: ""))
        #expect(scope.needsWatch(directory: "config"))
        #expect(scope.needsWatch(directory: "content/a"))
        #expect(!scope.needsWatch(directory: "public"))
    }

    #if os(Linux) && !SLIMMER_POLLING_WATCHER
        /// inotify records are parsed from bytes: a header, then a NUL-padded
        /// name. An overflow (wd -1) becomes the "rescan everything" change.
        @Test func parsesInotifyRecordsAndReportsAnOverflow() throws {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            #expect(descriptor >= 0)
            defer { close(descriptor) }
            var tree = InotifyTree(descriptor: descriptor, root: folder.url.path, scope: WatchScope(["site.yml"]))
            try tree.watchEverything()
            let rootWatch = try #require(tree.folders.first { $0.value == "" }?.key)

            var bytes: [UInt8] = []
            func append(wd: Int32, mask: Int32, name: String, padTo length: Int) {
                withUnsafeBytes(of: wd) { bytes += $0 }
                withUnsafeBytes(of: UInt32(mask)) { bytes += $0 }
                withUnsafeBytes(of: UInt32(0)) { bytes += $0 }  // cookie
                withUnsafeBytes(of: UInt32(length)) { bytes += $0 }
                bytes += Array(name.utf8) + Array(repeating: 0, count: length - name.utf8.count)
            }
            append(wd: rootWatch, mask: IN_CREATE, name: "site.yml", padTo: 16)
            append(wd: rootWatch, mask: IN_CREATE, name: "overig.txt", padTo: 16)
            append(wd: rootWatch, mask: IN_MODIFY, name: "site.yml", padTo: 32)
            append(wd: -1, mask: IN_Q_OVERFLOW, name: "", padTo: 0)

            let changes = bytes.withUnsafeBytes { tree.process($0) }

            #expect(changes == [created("site.yml"), modified("site.yml"), FileChange(path: "", kind: .modified)])
            // The watches were set up afresh.
            #expect(tree.folders.values.sorted() == [""])
        }
    #endif
}

// MARK: - Helpers

private func created(_ path: String) -> FileChange { FileChange(path: path, kind: .created) }
private func modified(_ path: String) -> FileChange { FileChange(path: path, kind: .modified) }
private func deleted(_ path: String) -> FileChange { FileChange(path: path, kind: .deleted) }

/// Checks `condition` every 10 ms until it holds or `within` has passed.
private func eventually(within limit: Duration, _ condition: () async -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if await condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return await condition()
}

/// A folder under the system's temporary folder, removed by the test.
private struct TemporaryFolder {
    let url: URL

    init() throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("slimmer-watch-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String = "tekst") throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Not atomically: the test decides how a file is saved. And with
        // O_CLOEXEC, which Foundation's `Data.write` leaves out: a process that
        // another test spawns meanwhile would inherit the open file, and its
        // exit would close it again later, an IN_CLOSE_WRITE after the watcher
        // started (the likely cause of an extra "site.yml modified" seen once
        // in a busy run).
        let descriptor = Glibc.open(file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { Glibc.close(descriptor) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Every batch a stream delivered, and whether it ended.
private actor Recorder {
    private(set) var batches: [[FileChange]] = []
    private(set) var isFinished = false

    nonisolated func record(_ stream: AsyncStream<[FileChange]>) -> Task<Void, Never> {
        Task {
            for await batch in stream { await append(batch) }
            await finish()
        }
    }

    private func append(_ batch: [FileChange]) { batches.append(batch) }
    private func finish() { isFinished = true }

    /// The batches once there are at least `count`, or what came within 2 s.
    func batches(atLeast count: Int) async -> [[FileChange]] {
        let deadline = ContinuousClock.now + .seconds(2)
        while batches.count < count, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        return batches
    }
}

/// A site folder with `content/cases/x.md` in it, watched with the server's
/// paths, and a recorder listening from the start.
private struct WatchedSite {
    let folder: TemporaryFolder
    let watcher: FileWatcher
    let recorder = Recorder()
    let task: Task<Void, Never>
    let debounce: Duration

    /// The debounce is generous because the machine may be busy: a test
    /// thread paused between two steps of one save must not split the batch.
    init(debounce: Duration = .milliseconds(250)) throws {
        folder = try TemporaryFolder()
        try folder.write("site.yml", "title: Slimmer")
        try folder.write("content/cases/x.md", "oud")
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("themes"), withIntermediateDirectories: true)
        self.debounce = debounce
        watcher = try FileWatcher(root: folder.url, paths: FileWatcherTests.sitePaths, debounce: debounce)
        task = recorder.record(watcher.changes())
    }

    func write(_ path: String, _ text: String = "tekst") throws { try folder.write(path, text) }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent(path))
    }

    func move(_ path: String, to destination: String) throws {
        // rename(2), as editors do, replacing the destination.
        let from = folder.url.appendingPathComponent(path).path
        let to = folder.url.appendingPathComponent(destination).path
        #expect(rename(from, to) == 0)
    }

    func makeFolder(_ path: String) throws {
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent(path), withIntermediateDirectories: true)
    }

    /// The batches after the first `earlier` ones: waits up to 2 s for one,
    /// then two debounce periods more to catch any that should not come.
    func settledBatches(after earlier: Int = 0) async -> [[FileChange]] {
        _ = await recorder.batches(atLeast: earlier + 1)
        try? await Task.sleep(for: debounce * 2)
        return Array(await recorder.batches.dropFirst(earlier))
    }

    /// Every change of the settled batches, in order; for tests that care
    /// about what was reported rather than how it was split.
    func allChanges() async -> [FileChange] {
        await settledBatches().flatMap { $0 }
    }

    func close() {
        watcher.stop()
        task.cancel()
        folder.remove()
    }
}
