import Foundation
import SlimmerContent
import SlimmerMarkdown
import SlimmerRender

/// A site kept in memory between builds. `build(into:)` is the whole
/// pipeline, one named and timed step per line; `rebuild(_:)` redoes only
/// what a change touches, with output identical to a full build.
public struct SiteSession: Sendable {
    /// Where the site is read from; tests swap it to simulate edits.
    public var fileSystem: FileSystem
    public let options: BuildOptions

    var config: SiteConfig?
    var theme: Theme?
    var setupDiagnostics: [Diagnostic] = []
    /// Every content item file: its item (nil when unreadable) and its problems.
    var loaded: [String: (item: Item?, diagnostics: [Diagnostic])] = [:]
    /// Warnings about files skipped for their extension, by path.
    var skipped: [String: [Diagnostic]] = [:]
    var home: (body: String, line: Int, diagnostics: [Diagnostic]) = ("", 1, [])
    var graph: ContentGraph?
    var linkDiagnostics: [Diagnostic] = []
    /// Rendered bodies by item id, with their problems and the content files they link to.
    var bodies: [String: RenderedBody] = [:]
    var homeBody: RenderedBody?
    /// Rendered pages by output path, with what each depends on.
    var pages: [String: RenderedPage] = [:]
    /// Static files by output path: source path and contents.
    var statics: [String: (source: String, contents: Data)] = [:]
    var staticDiagnostics: [Diagnostic] = []
    /// Link-check problems by item id, and under `#home` and `#menu`.
    var outputDiagnostics: [String: [Diagnostic]] = [:]
    /// Every output path, kept up to date for the link check.
    var outputPaths: Set<String> = []
    /// Items and pages whose output must be rendered again at the next
    /// successful render; kept across failed rebuilds.
    var dirtyItems: Set<String> = []
    var dirtyBodies: Set<String> = []
    var homeDirty = false
    /// True when `pages` match the current content.
    var pagesCurrent = false
    /// sitemap.xml and robots.txt.
    var generated: [OutputFile] = []
    var pageCounts: [String: Int] = [:]
    /// Pages rendered by the last render, for the rebuild summary.
    var pagesRendered = 0
    /// Where a one-shot build streams its pages; then `pages` keep no contents.
    var stage: OutputStage?
    /// A failure to write a streamed page.
    var stageDiagnostics: [Diagnostic] = []
    /// Each item's entry in the search index, as JSON text, by id.
    var searchEntries: [String: String] = [:]
    /// Item pages a streamed build wrote together with their bodies, by output path.
    var streamedPages: [String: RenderedPage] = [:]
    /// Items whose search entry a streamed build made together with their page.
    var streamedSearchEntries: Set<String> = []
    /// Bodies rendered since the session began, for the rebuild summary.
    var bodyRenders = 0
    /// Every item's card, built by a full build only; see ``CardTable``.
    var cards: CardTable?

    public init(fileSystem: FileSystem, options: BuildOptions = BuildOptions()) {
        self.fileSystem = fileSystem
        self.options = options
    }

    /// Builds everything from scratch and, when there is no error, writes it with `writer`.
    /// Every problem of every step is collected; nothing is written if any is an error.
    public mutating func build(into writer: OutputWriter? = nil) -> BuildReport {
        self = SiteSession(fileSystem: fileSystem, options: options)
        var run = BuildRun(strict: options.strict)
        run.check("config") { loadConfig() }
        guard let config else { return report(run) }
        run.check("theme") { loadTheme(config) }
        run.check("load") { loadContent(config) }
        run.check("link") { link(config) }
        if let writer, startStage(writer) {
            streamBodiesAndItemPages(&run)
        } else {
            run.check("markdown") { renderBodies() }
            prepareCards(&run)
        }
        run.check("templates") { renderPages(all: true, streamingTo: writer) }
        run.check("static") { loadStatic(config, changed: nil) }
        run.check("links") { checkOutput() }
        guard let writer else { return report(run) }
        if diagnostics.hasErrors || !pagesCurrent {
            stage?.discard()
        } else if let stage {
            run.step("write") {
                try stage.add(generated + statics.map { OutputFile(path: $0.key, contents: $0.value.contents) })
                try stage.commit()
            }
        } else {
            run.step("write") { try writer.write(files) }
        }
        return report(run)
    }

    private mutating func loadConfig() -> [Diagnostic] {
        var (loaded, diagnostics) = SiteConfig.load(from: fileSystem)
        if let baseURL = options.baseURL {
            loaded?.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        config = loaded
        setupDiagnostics = diagnostics
        return []
    }

    private mutating func loadTheme(_ config: SiteConfig) -> [Diagnostic] {
        let (loadedTheme, diagnostics) = Theme.load(config: config, fileSystem: fileSystem)
        theme = loadedTheme
        cards = nil
        setupDiagnostics += diagnostics
        return []
    }

    private mutating func loadContent(_ config: SiteConfig) -> [Diagnostic] {
        let loader = ContentLoader(fileSystem: fileSystem, config: config, jobs: options.jobs)
        let all = fileSystem.files(under: ContentLoader.contentFolder)
        loaded = Dictionary(
            uniqueKeysWithValues: loader.load(itemFilesIn: all).map {
                ($0.file, (item: $0.item, diagnostics: $0.diagnostics))
            })
        skipped = Dictionary(
            uniqueKeysWithValues: all.map { ($0, loader.skippedFileWarning($0)) }.filter { !$0.1.isEmpty })
        home = loader.loadHome()
        return []
    }

    /// Every item's card, for a full build; part of the templates step.
    mutating func prepareCards(_ run: inout BuildRun) {
        guard let graph, let theme else { return }
        cards = run.time("templates") { CardTable(graph: graph, theme: theme, jobs: options.jobs) }
    }

    /// Relinks the whole graph: cheap next to rendering, and the only way to
    /// be sure every reference, list and taxonomy is right.
    mutating func link(_ config: SiteConfig) -> [Diagnostic] {
        let items = loaded.keys.sorted().compactMap { loaded[$0]?.item }
        let content = LoadedContent(items: items, homeBody: home.body, homeBodyFirstLine: home.line, diagnostics: [])
        let linker = Linker(
            config: config, now: options.now, includeDrafts: options.includeDrafts, jobs: options.jobs)
        (graph, linkDiagnostics) = linker.link(content)
        cards = nil
        return []
    }
}

/// A page as the template step left it.
struct RenderedPage: Sendable {
    var job: PageJob
    var inputs: PageInputs
    var file: OutputFile
}
