import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Watches the site's sources and reports what changed, in quiet batches, so
/// that the preview server rebuilds once per save rather than once per event.
///
/// On Linux it uses inotify on a thread of its own; elsewhere it compares
/// modification dates twice a second.
///
/// ```swift
/// let watcher = try FileWatcher(root: site, paths: ["content", "themes", "site.yml"])
/// for await batch in watcher.changes() {
///     rebuild(because: batch)
/// }
/// ```
///
/// The watcher runs until ``stop()`` is called, or until neither the watcher
/// nor any stream from ``changes()`` is referenced any more.
public final class FileWatcher: Sendable {
    /// Shared with the reading thread, which must not keep the watcher alive.
    let hub: ChangeHub

    /// Watches `paths` (files or folders, relative to `root`; folders recursively, including folders created later)
    /// — e.g. ["content", "themes", "templates", "static", "data", "site.yml"]. Missing paths are fine (watch the root
    /// for their creation).
    ///
    /// Watching has begun when the initialiser returns: a change made right
    /// after it is reported.
    ///
    /// - Parameters:
    ///   - root: The site's folder; it must exist.
    ///   - paths: What to watch, relative to `root`, with `/` between folders.
    ///   - debounce: How long the files must stay quiet before a batch is reported.
    /// - Throws: When the root cannot be watched, or the system's limit on
    ///   watched folders (`fs.inotify.max_user_watches`) is reached.
    public init(root: URL, paths: [String], debounce: Duration = .milliseconds(80)) throws {
        hub = try Self.startReader(
            root: root.standardizedFileURL.path,
            scope: WatchScope(paths),
            timing: DebounceTiming(quiet: debounce)
        )
    }

    deinit {
        hub.stop()
    }

    /// Batches of changes: after the first event, waits until `debounce` passes with no new event, then yields the
    /// batch, coalesced per path (created+modified → created; created+deleted → dropped; deleted+created → modified),
    /// sorted by path. Ignores editor noise: names starting with ".#", ending in "~", ".swp", ".swx", ".tmp", "4913"
    /// (vim's probe file), and anything inside ".git" or ".build*".
    ///
    /// Emacs's auto-save files (`#x.md#`) and JetBrains' save files
    /// (`x.md___jb_tmp___`, `x.md___jb_old___`) are ignored as well.
    ///
    /// Each call returns a new stream that receives every later batch. Changes
    /// made while nobody listens are kept and form the first batch of the next
    /// stream, so that nothing is lost between starting the watcher and
    /// listening to it. A stream keeps the watcher alive; it ends when the
    /// watcher stops.
    public func changes() -> AsyncStream<[FileChange]> {
        hub.subscribe(keepingAlive: self)
    }

    /// Stops watching at once and finishes the stream (must not block, even while a read is pending).
    ///
    /// Changes still waiting for a quiet moment are dropped. Calling `stop()`
    /// again does nothing.
    public func stop() {
        hub.stop()
    }

    /// Whether the reading thread still runs; it ends shortly after ``stop()``.
    var isReaderRunning: Bool { hub.isReaderRunning }
}

// MARK: - What to watch

/// The watched paths, and the rules that decide which files count.
struct WatchScope: Sendable {
    /// Normalised watched paths; `""` stands for the whole root.
    let paths: [String]

    init(_ paths: [String]) {
        var seen = Set<String>()
        self.paths = paths.map(Self.normalise).filter { seen.insert($0).inserted }
    }

    /// `./content/` and `content` name the same folder.
    static func normalise(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }

    /// Whether `path` is a watched path or lies inside one.
    func contains(_ path: String) -> Bool {
        paths.contains { $0.isEmpty || path == $0 || path.hasPrefix($0 + "/") }
    }

    /// Whether `path` is itself one of the watched paths.
    func isWatchedPath(_ path: String) -> Bool {
        paths.contains(path)
    }

    /// Whether the folder at `path` must be watched: it lies in a watched
    /// folder, or a watched path may appear inside it (`""` for `site.yml`).
    func needsWatch(directory path: String) -> Bool {
        contains(path) || paths.contains { path.isEmpty || $0.hasPrefix(path + "/") }
    }

    /// Files that editors and tools write next to the real ones; a change to
    /// them never changes the site, so they must not trigger a rebuild.
    static func isNoise(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        guard let name = components.last else { return false }
        return components.contains(where: isIgnoredFolder) || isNoiseName(name)
    }

    /// Folders whose contents churn without changing the site: Git's objects
    /// and SwiftPM's build folders (`.build`, `.build-watch`, …).
    static func isIgnoredFolder(_ name: Substring) -> Bool {
        name == ".git" || name.hasPrefix(".build")
    }

    private static func isNoiseName(_ name: Substring) -> Bool {
        name.hasPrefix(".#")  // Emacs lock files
            || name.hasSuffix("~")  // backups (vim, Emacs, gedit)
            || name.hasSuffix(".swp") || name.hasSuffix(".swx")  // vim swap files
            || name.hasSuffix(".tmp")  // temporary files of atomic saves
            || name.hasSuffix("4913")  // vim's probe whether it may write in the folder
            || (name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#"))  // Emacs auto-save
            || name.hasSuffix("___jb_tmp___") || name.hasSuffix("___jb_old___")  // JetBrains safe write
    }
}

/// Reading folders, shared by both ways of watching.
enum FileTree {
    /// The names in a folder, or none when it cannot be read (it may have
    /// vanished since its event, which its parent's events report).
    static func names(in directory: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    }

    /// Whether `path` is a folder. Links are followed only when asked, for a
    /// watched path itself (`themes` may link to a shared theme); following
    /// links further down could loop forever.
    static func isDirectory(_ path: String, followingLinks: Bool) -> Bool {
        if followingLinks {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return attributes?[.type] as? FileAttributeType == .typeDirectory
    }

    /// `dir/name`, or `name` at the root.
    static func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty ? name : directory + "/" + name
    }
}

// MARK: - Waiting for a quiet moment

/// How long to wait before reporting a batch.
struct DebounceTiming: Sendable {
    /// The quiet time after the last event.
    var quiet: Duration
    /// The longest a batch may wait, so that a file written without pause (a
    /// log, a slow copy) cannot hold back the preview for ever.
    var longest: Duration

    init(quiet: Duration) {
        self.quiet = max(quiet, .zero)
        self.longest = max(self.quiet * 25, .seconds(2))
    }
}

/// Collects changes until the files have been quiet for a while.
struct Debouncer: Sendable {
    let timing: DebounceTiming
    private var pending = PendingChanges()
    private var firstEvent: ContinuousClock.Instant?
    private var lastEvent: ContinuousClock.Instant?

    init(timing: DebounceTiming) {
        self.timing = timing
    }

    /// When the batch is due, if anything is waiting.
    var deadline: ContinuousClock.Instant? {
        guard let firstEvent, let lastEvent else { return nil }
        return min(lastEvent + timing.quiet, firstEvent + timing.longest)
    }

    mutating func record(_ changes: [FileChange], at now: ContinuousClock.Instant) {
        guard !changes.isEmpty else { return }
        pending.record(changes)
        if firstEvent == nil { firstEvent = now }
        lastEvent = now
    }

    /// The batch when it is due and not empty (a file created and deleted
    /// again leaves nothing to report).
    mutating func takeIfDue(at now: ContinuousClock.Instant) -> [FileChange]? {
        guard let deadline, now >= deadline else { return nil }
        firstEvent = nil
        lastEvent = nil
        let batch = pending.take()
        return batch.isEmpty ? nil : batch
    }

    /// The `poll` timeout in milliseconds until the batch is due, never later
    /// than `limit`; -1 (wait for ever) when nothing waits and there is no limit.
    func pollTimeout(at now: ContinuousClock.Instant, limit: ContinuousClock.Instant? = nil) -> Int32 {
        let wakeUp = [deadline, limit].compactMap { $0 }.min()
        guard let wakeUp else { return -1 }
        // A deadline already past must give 0: a negative timeout would wait for ever.
        guard wakeUp > now else { return 0 }
        let (seconds, attoseconds) = (wakeUp - now).components
        guard seconds < 86_400 else { return 86_400_000 }
        // Round up, so the loop never wakes just before the deadline and spins.
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(milliseconds)
    }
}

// MARK: - Sharing the batches

/// A value behind a lock. (`Mutex` would do, but needs macOS 15.)
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// The self-pipe that wakes the reading thread from `poll` when the watcher
/// stops: closing the inotify descriptor under a pending `poll` would neither
/// wake it reliably nor be safe, as the number may be reused at once.
struct WakePipe: Sendable {
    let readEnd: Int32
    let writeEnd: Int32

    init() throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw FileWatcherError("Cannot create a pipe", code: errno) }
        for end in ends {
            // Not inherited by the processes the server starts; never blocking the caller of stop().
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    func signal() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    func close() {
        #if canImport(Glibc)
            _ = Glibc.close(readEnd)
            _ = Glibc.close(writeEnd)
        #elseif canImport(Darwin)
            _ = Darwin.close(readEnd)
            _ = Darwin.close(writeEnd)
        #endif
    }
}

/// Hands batches from the reading thread to the streams, and stops them all.
final class ChangeHub: Sendable {
    private struct State: Sendable {
        var stopped = false
        var readerRunning = true
        var nextID = 0
        var subscribers: [Int: AsyncStream<[FileChange]>.Continuation] = [:]
        /// Batches that arrived while nobody listened, merged.
        var undelivered = PendingChanges()
    }

    private let state = Locked(State())
    private let wake: WakePipe

    init(wake: WakePipe) {
        self.wake = wake
    }

    var isStopped: Bool { state.withLock { $0.stopped } }
    var isReaderRunning: Bool { state.withLock { $0.readerRunning } }

    /// A new stream of batches; `owner` lives as long as the stream does.
    func subscribe(keepingAlive owner: some AnyObject & Sendable) -> AsyncStream<[FileChange]> {
        let (stream, continuation) = AsyncStream.makeStream(of: [FileChange].self, bufferingPolicy: .unbounded)
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        // Set before the stream is registered, so that a stop() in between
        // still runs it. It drops the owner once the stream ends.
        continuation.onTermination = { [weak self] _ in
            withExtendedLifetime(owner) {}
            self?.unsubscribe(id)
        }
        let accepted = state.withLock { state in
            guard !state.stopped else { return false }
            state.subscribers[id] = continuation
            if !state.undelivered.isEmpty { continuation.yield(state.undelivered.take()) }
            return true
        }
        if !accepted { continuation.finish() }
        return stream
    }

    /// Gives a batch to every stream, or keeps it for the next one.
    func deliver(_ batch: [FileChange]) {
        state.withLock { state in
            guard !state.stopped else { return }
            if state.subscribers.isEmpty {
                state.undelivered.record(batch)
            } else {
                for continuation in state.subscribers.values { continuation.yield(batch) }
            }
        }
    }

    /// Ends every stream and wakes the reading thread, without waiting for it.
    func stop() {
        let ending = state.withLock { state -> [AsyncStream<[FileChange]>.Continuation] in
            guard !state.stopped else { return [] }
            state.stopped = true
            // Under the lock: the reader closes the pipe only after it has seen
            // `stopped` under the same lock, so the write end is still open.
            wake.signal()
            defer { state.subscribers = [:] }
            return Array(state.subscribers.values)
        }
        // Outside the lock, because finishing runs onTermination, which locks.
        for continuation in ending { continuation.finish() }
    }

    /// Called by the reading thread as it ends, before it closes its
    /// descriptors; it ends the streams too when it ends on an error.
    func readerDidExit() {
        let ending = state.withLock { state -> [AsyncStream<[FileChange]>.Continuation] in
            state.readerRunning = false
            guard !state.stopped else { return [] }
            state.stopped = true
            defer { state.subscribers = [:] }
            return Array(state.subscribers.values)
        }
        for continuation in ending { continuation.finish() }
    }

    private func unsubscribe(_ id: Int) {
        _ = state.withLock { $0.subscribers.removeValue(forKey: id) }
    }
}

/// Why watching could not start.
struct FileWatcherError: Error, LocalizedError, CustomStringConvertible {
    var description: String

    init(_ what: String, code: Int32) {
        description = "\(what): \(String(cString: strerror(code)))"
    }

    var errorDescription: String? { description }
}
