#if os(Linux) && !SLIMMER_POLLING_WATCHER
    import Foundation
    import Glibc

    extension FileWatcher {
        /// Sets up the watches before returning, so that no change made after
        /// `init` is missed, then hands them to a thread that reads the events.
        static func startReader(root: String, scope: WatchScope, timing: DebounceTiming) throws -> ChangeHub {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { throw FileWatcherError("Cannot watch \(root)", code: errno) }
            let wake: WakePipe
            var tree = InotifyTree(descriptor: descriptor, root: root, scope: scope)
            do {
                wake = try WakePipe()
                try tree.watchEverything()
            } catch {
                close(descriptor)
                throw error
            }
            let hub = ChangeHub(wake: wake)
            let reader = InotifyReader(tree: tree, wake: wake, hub: hub, debouncer: Debouncer(timing: timing))
            // A thread of its own: `poll` blocks, and blocking one of the few
            // threads of Swift's cooperative pool would stall the server.
            let thread = Thread {
                var reader = reader
                reader.run()
            }
            thread.name = "Slimmer file watcher"
            thread.start()
            return hub
        }
    }

    /// The reading thread's loop: wait for events or the wake pipe, turn
    /// events into changes, and deliver a batch once things are quiet.
    struct InotifyReader: Sendable {
        var tree: InotifyTree
        let wake: WakePipe
        let hub: ChangeHub
        var debouncer: Debouncer

        mutating func run() {
            // Room for hundreds of events per read; the kernel never splits one.
            let buffer = UnsafeMutableRawBufferPointer.allocate(
                byteCount: 64 * 1024, alignment: MemoryLayout<inotify_event>.alignment)
            defer {
                buffer.deallocate()
                // The hub first, so that stop() no longer writes to the pipe.
                hub.readerDidExit()
                close(tree.descriptor)
                wake.close()
            }
            while !hub.isStopped {
                var descriptors = [
                    pollfd(fd: tree.descriptor, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0),
                ]
                let timeout = debouncer.pollTimeout(at: .now)
                if poll(&descriptors, nfds_t(descriptors.count), timeout) < 0 {
                    if errno == EINTR { continue }
                    return
                }
                if descriptors[1].revents != 0 { return }
                let events = descriptors[0].revents
                if events & Int16(POLLIN) != 0 {
                    guard readAvailable(into: buffer) else { return }
                } else if events != 0 {
                    return  // POLLERR, POLLNVAL: nothing more will come
                }
                if let batch = debouncer.takeIfDue(at: .now) { hub.deliver(batch) }
            }
        }

        /// Reads until the queue is empty; false when the descriptor failed.
        private mutating func readAvailable(into buffer: UnsafeMutableRawBufferPointer) -> Bool {
            while true {
                let count = read(tree.descriptor, buffer.baseAddress, buffer.count)
                if count > 0 {
                    let changes = tree.process(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
                    debouncer.record(changes, at: .now)
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    return count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)
                }
            }
        }
    }

    /// The inotify watches (one per folder, as inotify is not recursive) and
    /// the files known to exist, which turn raw events into changes.
    struct InotifyTree: Sendable {
        let descriptor: Int32
        let root: String
        let scope: WatchScope
        /// The folder of each watch, relative to the root (`""` for the root).
        private(set) var folders: [Int32: String] = [:]
        /// Every watched file that exists, as far as the events tell. A file
        /// renamed over a known one was modified; over nothing, created.
        private(set) var files: Set<String> = []

        static let mask =
            UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO)
            | UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)
            // Only folders (a folder replaced by a file in between must not be
            // watched as one); no events for files already deleted but still open.
            | UInt32(IN_ONLYDIR | IN_EXCL_UNLINK)

        init(descriptor: Int32, root: String, scope: WatchScope) {
            self.descriptor = descriptor
            self.root = root
            self.scope = scope
        }

        /// Watches the root and every watched folder in it, and notes the files.
        mutating func watchEverything() throws {
            var unused: [FileChange] = []
            try watchTree("", reporting: false, into: &unused, strict: true)
        }

        /// Turns a buffer of `inotify_event` records into changes.
        ///
        /// Each record is a fixed header followed by `len` bytes of name,
        /// NUL-padded; Swift does not import the flexible array member `name`,
        /// so the records are read from the bytes.
        mutating func process(_ buffer: UnsafeRawBufferPointer) -> [FileChange] {
            let header = MemoryLayout<inotify_event>.size
            let wdOffset = MemoryLayout<inotify_event>.offset(of: \.wd)!
            let maskOffset = MemoryLayout<inotify_event>.offset(of: \.mask)!
            let lengthOffset = MemoryLayout<inotify_event>.offset(of: \.len)!
            var changes: [FileChange] = []
            var offset = 0
            while buffer.count - offset >= header {
                let wd = buffer.loadUnaligned(fromByteOffset: offset + wdOffset, as: Int32.self)
                let mask = buffer.loadUnaligned(fromByteOffset: offset + maskOffset, as: UInt32.self)
                let length = Int(buffer.loadUnaligned(fromByteOffset: offset + lengthOffset, as: UInt32.self))
                let nameStart = offset + header
                let nameBytes = buffer[nameStart..<min(nameStart + length, buffer.count)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                handle(wd: wd, mask: mask, name: name, into: &changes)
                offset = nameStart + length
            }
            return changes
        }

        private mutating func handle(wd: Int32, mask: UInt32, name: String, into changes: inout [FileChange]) {
            func has(_ flags: Int32) -> Bool { mask & UInt32(flags) != 0 }
            if has(IN_Q_OVERFLOW) {
                // Events were lost, so the watches and the known files may be
                // wrong too: start afresh, and have the builder read everything.
                rescan()
                changes.append(.rescan)
                return
            }
            if has(IN_IGNORED) {
                folders[wd] = nil
                return
            }
            // Events about a watched folder itself (IN_DELETE_SELF,
            // IN_MOVE_SELF) come without a name; its parent reports them too.
            guard let folder = folders[wd], !name.isEmpty else { return }
            let path = FileTree.join(folder, name)
            if has(IN_ISDIR) {
                if has(IN_CREATE | IN_MOVED_TO), scope.needsWatch(directory: path), !WatchScope.isNoise(path) {
                    // `mkdir -p x && cp … x/` or `mv /tmp/dir content/`: the files
                    // may be there before the watch is, so they are read now.
                    try? watchTree(path, reporting: true, into: &changes, strict: false)
                } else if has(IN_DELETE | IN_MOVED_FROM) {
                    forget(path, into: &changes)
                }
                return
            }
            guard scope.contains(path), !WatchScope.isNoise(path) else { return }
            if has(IN_DELETE | IN_MOVED_FROM) {
                files.remove(path)
                changes.append(FileChange(path: path, kind: .deleted))
            } else if has(IN_CREATE | IN_MOVED_TO | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB) {
                let isNew = files.insert(path).inserted
                changes.append(FileChange(path: path, kind: isNew ? .created : .modified))
            }
        }

        /// Watches a folder and the watched folders inside it, and notes their
        /// files, reporting them as created when `reporting`.
        ///
        /// The watch comes before the listing, so a file written in between is
        /// seen twice at worst, which coalescing absorbs, and never missed.
        private mutating func watchTree(
            _ folder: String, reporting: Bool, into changes: inout [FileChange], strict: Bool
        ) throws {
            let absolute = folder.isEmpty ? root : root + "/" + folder
            let wd = inotify_add_watch(descriptor, absolute, Self.mask)
            guard wd >= 0 else {
                let code = errno
                // Only a root that cannot be watched, or the system's limit on
                // watches, stops the watcher. A folder that vanished or became a
                // file before it could be watched is no error (its parent's
                // events tell what happened), nor is one that cannot be read
                // (the build reports that, with a better message).
                guard strict, folder.isEmpty || code == ENOSPC else { return }
                let hint = code == ENOSPC ? " (raise fs.inotify.max_user_watches)" : ""
                throw FileWatcherError("Cannot watch \(absolute)\(hint)", code: code)
            }
            folders[wd] = folder
            for name in FileTree.names(in: absolute).sorted() {
                let path = FileTree.join(folder, name)
                guard !WatchScope.isNoise(path) else { continue }
                if FileTree.isDirectory(root + "/" + path, followingLinks: scope.isWatchedPath(path)) {
                    if scope.needsWatch(directory: path) {
                        try watchTree(path, reporting: reporting, into: &changes, strict: strict)
                    }
                } else if scope.contains(path), files.insert(path).inserted, reporting {
                    changes.append(FileChange(path: path, kind: .created))
                }
            }
        }

        /// A folder was deleted or moved away: stop watching it (a moved folder
        /// would otherwise still report under its old path) and report its files.
        private mutating func forget(_ folder: String, into changes: inout [FileChange]) {
            let prefix = folder + "/"
            for (wd, path) in folders where path == folder || path.hasPrefix(prefix) {
                _ = inotify_rm_watch(descriptor, wd)
                folders[wd] = nil
            }
            for path in files where path.hasPrefix(prefix) {
                files.remove(path)
                changes.append(FileChange(path: path, kind: .deleted))
            }
        }

        /// After an overflow: drop every watch and set them up again from disk.
        private mutating func rescan() {
            for wd in folders.keys { _ = inotify_rm_watch(descriptor, wd) }
            folders = [:]
            files = []
            var unused: [FileChange] = []
            try? watchTree("", reporting: false, into: &unused, strict: false)
        }
    }
#endif
