import Foundation
import SlimmerContent
import SlimmerRender

/// A site to build: its files and the options of this build.
///
/// `build(into:)` is the whole pipeline, one named and timed step per line.
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
        var run = BuildRun(strict: options.strict)
        guard let config = run.step("config", { loadConfig() }) else { return run.report(counts: [:], files: 0) }
        let theme = run.step("theme") { Theme.load(config: config, fileSystem: fileSystem) }
        let content = run.step("load") { load(config) }
        let jobs = options.jobs
        let graph = run.step("link") {
            Linker(config: config, now: options.now, includeDrafts: options.includeDrafts).link(content)
        }
        let bodies = run.step("markdown") {
            BodyRenderer(graph: graph, knownFiles: Set(content.items.map(\.file)), jobs: jobs).render()
        }
        guard let theme, !run.hasErrors else { return run.report(counts: [:], files: 0) }
        let renderer = PageRenderer(graph: graph, bodies: bodies, theme: theme, jobs: jobs)
        let pages = run.step("templates") { renderer.render() }
        let assets = run.step("static") { staticFiles(theme) }
        let files = pages.files + [renderer.sitemap(), renderer.robots()] + assets
        run.check("links") {
            OutputLinkChecker(graph: graph, bodies: bodies, outputPaths: Set(files.map(\.path))).check()
        }
        guard let writer, !run.hasErrors else { return run.report(counts: pages.counts, files: files.count) }
        run.step("write") { try writer.write(files) }
        return run.report(counts: pages.counts, files: files.count)
    }

    private func loadConfig() -> (SiteConfig?, [Diagnostic]) {
        var (config, diagnostics) = SiteConfig.load(from: fileSystem)
        if let baseURL = options.baseURL {
            config?.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        return (config, diagnostics)
    }

    private func load(_ config: SiteConfig) -> (LoadedContent, [Diagnostic]) {
        let content = ContentLoader(fileSystem: fileSystem, config: config, jobs: options.jobs).load()
        return (content, content.diagnostics)
    }

    private func staticFiles(_ theme: Theme) -> ([OutputFile], [Diagnostic]) {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for (path, source) in theme.staticFiles.sorted(by: { $0.key < $1.key }) {
            do {
                files.append(OutputFile(path: path, contents: try fileSystem.contents(of: source)))
            } catch {
                diagnostics.append(Diagnostic(file: source, message: "cannot read the static file: \(error)"))
            }
        }
        return (files, diagnostics)
    }
}
