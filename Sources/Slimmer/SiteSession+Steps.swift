import Foundation
import SlimmerContent
import SlimmerMarkdown
import SlimmerRender

extension SiteSession {
    /// Renders the bodies of the items with the given ids (all when nil),
    /// and the home page's introduction when asked; drops bodies of items gone.
    mutating func renderBodies(only ids: Set<String>? = nil, home renderHome: Bool = true) -> [Diagnostic] {
        guard let graph else { return [] }
        let renderer = bodyRenderer(graph)
        let targets = (ids.map { wanted in graph.items.filter { wanted.contains($0.id) } } ?? graph.items).map(
            freshItem)
        for (item, body) in zip(targets, renderer.render(targets)) {
            bodies[item.id] = body
        }
        let live = Set(graph.items.map(\.id))
        bodies = bodies.filter { live.contains($0.key) }
        dirtyBodies.formUnion(targets.map(\.id))
        bodyRenders += targets.count
        if renderHome || homeBody == nil {
            homeBody = renderer.renderHome()
            homeDirty = true
        }
        return []
    }

    /// The Markdown step's renderer. Every content file that was read counts
    /// as known, so that a link to a draft is told from a broken one.
    func bodyRenderer(_ graph: ContentGraph) -> BodyRenderer {
        BodyRenderer(graph: graph, knownFiles: Set(loaded.values.compactMap { $0.item?.file }), jobs: options.jobs)
    }

    /// Renders every page (or, with `all` false, only the pages whose inputs
    /// changed) unless an earlier step found an error.
    mutating func renderPages(all: Bool, streamingTo writer: OutputWriter? = nil) -> [Diagnostic] {
        pagesCurrent = false
        guard let graph, let theme, let homeBody, !promoted(contentDiagnostics).hasErrors else { return [] }
        let rendered = RenderedBodies(byID: bodies.mapValues(\.markdown), home: homeBody.markdown)
        let renderer = PageRenderer(graph: graph, bodies: rendered, theme: theme, jobs: options.jobs, cards: cards)
        // An entry shows only its own item: only new and changed items need a new one.
        let stale = graph.items.filter {
            all && !streamedSearchEntries.contains($0.id) || searchEntries[$0.id] == nil
                || dirtyItems.contains($0.id) || dirtyBodies.contains($0.id)
        }
        for (item, entry) in zip(stale, ParallelMap.map(stale, jobs: options.jobs) { renderer.searchEntry($0) }) {
            searchEntries[item.id] = entry
        }
        // Beside the pages: the sitemap, feeds and calendars need none of them,
        // and the pages' serial stretches left a core idle.
        let entries = graph.items.compactMap { searchEntries[$0.id] }
        let pendingGenerated = Pending(jobs: options.jobs) { Self.generatedFiles(renderer, searchEntries: entries) }
        let jobs = renderer.pageJobs()
        var next: [String: RenderedPage] = [:]
        var todo: [(PageJob, PageInputs)] = []
        let paths = jobs.map(renderer.outputPath)
        let fresh = jobs.indices.filter { streamedPages[paths[$0]] == nil }
        // Inputs on every core: at 10,000 items, working them out one by one left a core idle.
        let inputs = Dictionary(
            uniqueKeysWithValues: zip(
                fresh, ParallelMap.map(fresh.map { jobs[$0] }, jobs: options.jobs) { renderer.inputs(of: $0) }))
        for (index, job) in jobs.enumerated() {
            let path = paths[index]
            if let streamed = streamedPages[path] {
                next[path] = streamed
                continue
            }
            let inputs = inputs[index]!
            if !all, let old = pages[path], old.job == job, old.inputs == inputs, !isDirty(job, inputs) {
                next[path] = old
            } else {
                todo.append((job, inputs))
            }
        }
        if let writer, stage != nil || startStage(writer) {
            streamPages(todo, renderer, into: &next)
        } else {
            for ((job, inputs), file) in zip(todo, renderer.render(todo.map(\.0))) {
                next[file.path] = RenderedPage(job: job, inputs: inputs, file: file)
            }
        }
        pages = next
        generated = pendingGenerated.value
        outputPaths = Set(pages.keys).union(generated.map(\.path)).union(statics.keys)
        pageCounts = PageJob.counts(jobs)
        pagesRendered = todo.count + streamedPages.count
        streamedPages = [:]
        streamedSearchEntries = []
        pagesCurrent = true
        dirtyItems = []
        dirtyBodies = []
        homeDirty = false
        return []
    }

    /// Opens the writer's stage, if it streams; a failure is a diagnostic.
    mutating func startStage(_ writer: OutputWriter) -> Bool {
        do {
            stage = try writer.stage()
        } catch {
            stageDiagnostics = [Diagnostic(file: "output", message: "cannot write the site: \(error)")]
        }
        return stage != nil
    }

    /// Renders and writes pages a chunk at a time, keeping only their paths,
    /// so that memory holds one chunk of pages, not the whole site.
    mutating func streamPages(
        _ todo: [(PageJob, PageInputs)], _ renderer: PageRenderer, into next: inout [String: RenderedPage]
    ) {
        let page = renderer.pageMaker()
        for start in stride(from: 0, to: todo.count, by: Self.streamChunk) {
            let part = Array(todo[start..<min(start + Self.streamChunk, todo.count)])
            let paths = part.map { renderer.outputPath(of: $0.0) }
            do {
                try stage?.add(count: part.count, jobs: options.jobs) { page(part[$0].0, paths[$0]) }
            } catch {
                stageDiagnostics = [Diagnostic(file: "output", message: "cannot write the site: \(error)")]
                stage?.discard()
                stage = nil
                return
            }
            for ((job, inputs), path) in zip(part, paths) {
                next[path] = RenderedPage(job: job, inputs: inputs, file: OutputFile(path: path, contents: Data()))
            }
        }
    }

    private func isDirty(_ job: PageJob, _ inputs: PageInputs) -> Bool {
        if !dirtyItems.isDisjoint(with: inputs.items) { return true }
        switch job {
        case .item(let id): return dirtyBodies.contains(id)
        case .home: return homeDirty
        default: return false
        }
    }

    /// Reads static files; with `changed`, only those whose source is listed
    /// or that are new, keeping the rest.
    mutating func loadStatic(_ config: SiteConfig, changed: Set<String>?) -> [Diagnostic] {
        var next: [String: (source: String, contents: Data)] = [:]
        var diagnostics: [Diagnostic] = []
        // A full build uses the listing the theme step made; a rebuild lists again, for new files.
        let listing = changed == nil ? theme?.staticFiles : nil
        let sources = listing ?? Theme.staticFiles(config: config, fileSystem: fileSystem)
        for (path, source) in sources.sorted(by: { $0.key < $1.key }) {
            if let changed, let old = statics[path], old.source == source, !changed.contains(source) {
                next[path] = old
                continue
            }
            do {
                // A stylesheet or script was read already, for its hash; a change to one rebuilds the theme.
                next[path] = (source, try theme?.assetContents[source] ?? fileSystem.contents(of: source))
            } catch {
                diagnostics.append(Diagnostic(file: source, message: "cannot read the static file: \(error)"))
            }
        }
        statics = next
        staticDiagnostics = diagnostics
        outputPaths = Set(pages.keys).union(generated.map(\.path)).union(statics.keys)
        return []
    }

    /// Checks that every link, image and attachment leads somewhere on the
    /// built site; with `only`, just those items' (the output paths being unchanged).
    mutating func checkOutput(only ids: Set<String>? = nil) -> [Diagnostic] {
        outputDiagnostics["#static"] = staticCollisions()
        guard pagesCurrent, let graph, let homeBody else { return [] }
        let wanted = ids.map { ids in bodies.filter { ids.contains($0.key) } } ?? bodies
        let rendered = RenderedBodies(byID: wanted.mapValues(\.markdown), home: homeBody.markdown)
        let checker = OutputLinkChecker(graph: graph, bodies: rendered, outputPaths: outputPaths)
        if let ids {
            for id in ids {
                if let item = graph.byID[id] { outputDiagnostics[id] = checker.check(freshItem(item)) }
            }
            return []
        }
        let found = ParallelMap.map(graph.items, jobs: options.jobs) { checker.check($0) }
        outputDiagnostics = Dictionary(zip(graph.items.map(\.id), found), uniquingKeysWith: +)
        outputDiagnostics["#home"] = checker.checkHome()
        outputDiagnostics["#menu"] = checker.checkMenu()
        outputDiagnostics["#static"] = staticCollisions()
        return []
    }

    /// A static file with the path of a generated page would silently replace it.
    private func staticCollisions() -> [Diagnostic] {
        // A lookup per static file: a set of every page's path took 5 ms on one core.
        let generatedPaths = Set(generated.map(\.path))
        return statics.filter { pages[$0.key] != nil || generatedPaths.contains($0.key) }.map { path, file in
            Diagnostic(
                file: file.source, message: "this static file would replace the generated page /\(path)",
                hint: "Rename or move it; generated pages cannot be overridden with static files.")
        }
    }

    /// The item as last read from its file: after a body-only edit the graph
    /// keeps the earlier object, whose front matter is the same.
    func freshItem(_ item: Item) -> Item {
        loaded[item.file]?.item ?? item
    }

    /// Renders again only the pages of items whose body changed, when
    /// nothing else did: their inputs are the same, so no other page changes.
    mutating func renderItemPages(_ ids: Set<String>) -> [Diagnostic] {
        guard let graph, let theme, let homeBody, !promoted(contentDiagnostics).hasErrors else {
            pagesCurrent = false
            return []
        }
        let targets = ids.filter { graph.byID[$0] != nil }.sorted()
        let wanted = bodies.filter { ids.contains($0.key) }.mapValues(\.markdown)
        let renderer = PageRenderer(
            graph: graph, bodies: RenderedBodies(byID: wanted, home: homeBody.markdown), theme: theme,
            jobs: options.jobs)
        let jobs = targets.map { PageJob.item($0) }
        for (job, file) in zip(jobs, renderer.render(jobs)) {
            if let old = pages[file.path] { pages[file.path] = RenderedPage(job: job, inputs: old.inputs, file: file) }
        }
        // Of the whole-site files only the search index and the feeds carry body text.
        for id in targets { if let item = graph.byID[id] { searchEntries[id] = renderer.searchEntry(item) } }
        var fresh = [renderer.searchIndex(entries: graph.items.compactMap { searchEntries[$0.id] })]
        // A feed shows a body's first paragraph only for an item without a summary.
        if targets.contains(where: { graph.byID[$0]?.summary.isEmpty == true }) {
            let everyBody = RenderedBodies(byID: bodies.mapValues(\.markdown), home: homeBody.markdown)
            fresh += PageRenderer(graph: graph, bodies: everyBody, theme: theme, jobs: options.jobs).feeds()
        }
        let freshPaths = Set(fresh.map(\.path))
        generated = generated.filter { !freshPaths.contains($0.path) } + fresh
        pagesRendered = jobs.count
        dirtyBodies = []
        return []
    }

    /// The files made from the whole site rather than one page: the sitemap,
    /// robots.txt, the feeds, the calendars and the search index.
    static func generatedFiles(_ renderer: PageRenderer, searchEntries: [String]) -> [OutputFile] {
        // All at once, each also spreading its own work: one after the other,
        // the serial end of each (writing the text) left a core idle.
        let makers: [@Sendable () -> [OutputFile]] = [
            { [renderer.sitemap(), renderer.robots()] }, renderer.feeds, renderer.calendars,
            { [renderer.searchIndex(entries: searchEntries)] },
        ]
        return ParallelMap.map(makers, jobs: renderer.jobs) { $0() }.flatMap { $0 }
    }

    /// Problems found before rendering: a build with an error among them renders nothing.
    var contentDiagnostics: [Diagnostic] {
        setupDiagnostics + loaded.values.flatMap(\.diagnostics) + skipped.values.flatMap { $0 } + home.diagnostics
            + linkDiagnostics + bodies.values.flatMap(\.diagnostics) + (homeBody?.diagnostics ?? [])
    }

    /// Every problem of the current state, sorted.
    public var diagnostics: [Diagnostic] {
        let output = pagesCurrent ? outputDiagnostics.values.flatMap { $0 } : []
        return promoted(contentDiagnostics + staticDiagnostics + output + stageDiagnostics).sorted()
    }

    /// With `--strict`, warnings count as errors.
    func promoted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard options.strict else { return diagnostics }
        return diagnostics.map { diagnostic in
            var promoted = diagnostic
            promoted.severity = .error
            return promoted
        }
    }

    /// The built site, sorted by path; empty until pages could be rendered.
    public var files: [OutputFile] {
        guard pagesCurrent else { return [] }
        let staticFiles = statics.map { OutputFile(path: $0.key, contents: $0.value.contents) }
        return (pages.values.map(\.file) + generated + staticFiles).sorted { $0.path < $1.path }
    }

    /// The built site by path, as the preview server serves it.
    public var fileTable: [String: Data] {
        Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { _, last in last })
    }

    func report(_ run: BuildRun) -> BuildReport {
        let all = (diagnostics + run.diagnostics).sorted()
        return BuildReport(
            diagnostics: all, pageCounts: pagesCurrent ? pageCounts : [:],
            fileCount: pagesCurrent ? outputPaths.count : 0,
            timings: run.timings, wrote: run.wrote)
    }
}
