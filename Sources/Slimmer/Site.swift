import Foundation
import SlimmerContent
import SlimmerRender

/// A site to build once: its files and the options of this build. The
/// pipeline itself is `SiteSession.build(into:)`, which the preview server
/// keeps alive between rebuilds.
public struct Site: Sendable {
    public let fileSystem: FileSystem
    public let options: BuildOptions

    public init(fileSystem: FileSystem, options: BuildOptions = BuildOptions()) {
        self.fileSystem = fileSystem
        self.options = options
    }

    /// A site folder on disk.
    public init(root: URL, options: BuildOptions = BuildOptions()) {
        self.init(fileSystem: LocalFileSystem(root: root), options: options)
    }

    /// Builds the site and, when there is no error, writes it with `writer`.
    /// Every problem of every step is collected; nothing is written if any is an error.
    public func build(into writer: OutputWriter?) -> BuildReport {
        var session = SiteSession(fileSystem: fileSystem, options: options)
        return session.build(into: writer)
    }

    /// The same build for a process that exits right after it: the session
    /// (every item, body and page record) is never torn down, as compilers
    /// leave their trees to the exit. Freeing it took a tenth of a second on
    /// one core at 10,000 items.
    public func buildBeforeExit(into writer: OutputWriter?) -> BuildReport {
        let kept = KeptSession(SiteSession(fileSystem: fileSystem, options: options))
        _ = Unmanaged.passRetained(kept)
        return kept.session.build(into: writer)
    }
}

/// A session that outlives its build; see ``Site/buildBeforeExit(into:)``.
private final class KeptSession {
    var session: SiteSession

    init(_ session: SiteSession) {
        self.session = session
    }
}
