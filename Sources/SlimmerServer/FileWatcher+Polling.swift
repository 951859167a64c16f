#if !os(Linux) || SLIMMER_POLLING_WATCHER
    import Foundation

    #if canImport(Glibc)
        import Glibc
    #elseif canImport(Darwin)
        import Darwin
    #endif

    extension FileWatcher {
        /// Without inotify: read the tree twice a second and compare. Good
        /// enough for previewing on a Mac; the real server runs on Linux.
        static func startReader(root: String, scope: WatchScope, timing: DebounceTiming) throws -> ChangeHub {
            guard FileTree.isDirectory(root, followingLinks: true) else {
                throw FileWatcherError("Cannot watch \(root)", code: ENOENT)
            }
            let wake = try WakePipe()
            let hub = ChangeHub(wake: wake)
            var scanner = PollingScanner(root: root, scope: scope)
            scanner.snapshot = scanner.scan()
            let reader = PollingReader(scanner: scanner, wake: wake, hub: hub, debouncer: Debouncer(timing: timing))
            let thread = Thread {
                var reader = reader
                reader.run()
            }
            thread.name = "Slimmer file watcher"
            thread.start()
            return hub
        }
    }

    /// What tells a file's versions apart without reading it. The inode
    /// catches a save by rename even when the clock is too coarse to.
    struct FileStamp: Sendable, Equatable {
        var modified: Date?
        var size: Int?
        var inode: Int?
    }

    /// The watched files and their stamps, and the changes between two scans.
    struct PollingScanner: Sendable {
        let root: String
        let scope: WatchScope
        var snapshot: [String: FileStamp] = [:]

        init(root: String, scope: WatchScope) {
            self.root = root
            self.scope = scope
        }

        func scan() -> [String: FileStamp] {
            var stamps: [String: FileStamp] = [:]
            scan("", into: &stamps)
            return stamps
        }

        private func scan(_ folder: String, into stamps: inout [String: FileStamp]) {
            let absolute = folder.isEmpty ? root : root + "/" + folder
            for name in FileTree.names(in: absolute) {
                let path = FileTree.join(folder, name)
                guard !WatchScope.isNoise(path) else { continue }
                if FileTree.isDirectory(root + "/" + path, followingLinks: scope.isWatchedPath(path)) {
                    if scope.needsWatch(directory: path) { scan(path, into: &stamps) }
                } else if scope.contains(path) {
                    let attributes = try? FileManager.default.attributesOfItem(atPath: root + "/" + path)
                    stamps[path] = FileStamp(
                        modified: attributes?[.modificationDate] as? Date,
                        size: (attributes?[.size] as? NSNumber)?.intValue,
                        inode: (attributes?[.systemFileNumber] as? NSNumber)?.intValue
                    )
                }
            }
        }

        /// The changes since the last scan.
        mutating func changes() -> [FileChange] {
            let current = scan()
            var changes: [FileChange] = []
            for (path, stamp) in current {
                if let old = snapshot[path] {
                    if old != stamp { changes.append(FileChange(path: path, kind: .modified)) }
                } else {
                    changes.append(FileChange(path: path, kind: .created))
                }
            }
            for path in snapshot.keys where current[path] == nil {
                changes.append(FileChange(path: path, kind: .deleted))
            }
            snapshot = current
            return changes
        }
    }

    /// The polling thread's loop: scan every half second, deliver once quiet.
    struct PollingReader: Sendable {
        static let interval = Duration.milliseconds(500)

        var scanner: PollingScanner
        let wake: WakePipe
        let hub: ChangeHub
        var debouncer: Debouncer

        mutating func run() {
            defer {
                hub.readerDidExit()
                wake.close()
            }
            var nextScan = ContinuousClock.now + Self.interval
            while !hub.isStopped {
                // Sleeping in poll on the wake pipe lets stop() end the wait at once.
                var descriptors = [pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0)]
                let timeout = debouncer.pollTimeout(at: .now, limit: nextScan)
                if poll(&descriptors, 1, timeout) < 0 {
                    if errno == EINTR { continue }
                    return
                }
                if descriptors[0].revents != 0 { return }
                if ContinuousClock.now >= nextScan {
                    debouncer.record(scanner.changes(), at: .now)
                    nextScan = .now + Self.interval
                }
                if let batch = debouncer.takeIfDue(at: .now) { hub.deliver(batch) }
            }
        }
    }
#endif
