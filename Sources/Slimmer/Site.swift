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
}
