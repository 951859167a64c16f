/// One change under the watched root, path relative to the root (`content/doetanks/x.md`).
///
/// A ``FileWatcher`` reports changes to files, not to folders: a folder that
/// appears is reported as a `created` change for each file in it, and a folder
/// that disappears as a `deleted` change for each file it held.
///
/// The path `""` with kind `modified` is special: events were lost (the
/// kernel's queue overflowed), so anything may have changed and the whole
/// site must be read again.
public struct FileChange: Sendable, Hashable {
    /// What happened to a file, compared with the moment before the batch began.
    public enum Kind: Sendable, Hashable {
        /// The file did not exist before and exists now.
        case created
        /// The file existed before and still does, with new contents or attributes.
        case modified
        /// The file existed before and is gone now.
        case deleted
    }

    /// The file's path relative to the watched root, with `/` between folders.
    public var path: String
    /// What happened to the file.
    public var kind: Kind

    /// A change of `kind` to the file at `path` (relative to the watched root).
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }
}

extension FileChange {
    /// The change that stands for "events were lost: rescan everything".
    static let rescan = FileChange(path: "", kind: .modified)
}

extension FileChange.Kind {
    /// The net effect of `self` followed by `later` on the same path, or nil
    /// when the two cancel out (a file created and deleted again within one
    /// batch never existed as far as the site is concerned).
    ///
    /// Editors save in many steps (write a temporary file and rename it over
    /// the original; rename the original to a backup and write a new one), so
    /// only the net effect tells the builder something useful.
    func followed(by later: Self) -> Self? {
        switch (self, later) {
        case (.created, .deleted): nil
        case (.created, _): .created
        case (.modified, .deleted), (.deleted, .deleted): .deleted
        case (.modified, _): .modified
        // The file existed before the batch, so whatever is there now replaced it.
        case (.deleted, .created), (.deleted, .modified): .modified
        }
    }
}

/// Changes collected while waiting for a quiet moment, coalesced per path.
struct PendingChanges: Sendable {
    private var kinds: [String: FileChange.Kind] = [:]

    var isEmpty: Bool { kinds.isEmpty }

    /// Adds a change, folding it into what is already known about its path.
    mutating func record(_ change: FileChange) {
        guard let earlier = kinds[change.path] else {
            kinds[change.path] = change.kind
            return
        }
        // Removing a path that cancelled out is exact: a later `created` for it
        // then starts afresh, which is right because the file did not exist
        // before the batch.
        kinds[change.path] = earlier.followed(by: change.kind)
    }

    /// Adds every change of a batch, in order.
    mutating func record(_ changes: [FileChange]) {
        for change in changes { record(change) }
    }

    /// The collected changes sorted by path, leaving nothing pending.
    mutating func take() -> [FileChange] {
        let batch = kinds.map { FileChange(path: $0.key, kind: $0.value) }.sorted { $0.path < $1.path }
        kinds = [:]
        return batch
    }
}
