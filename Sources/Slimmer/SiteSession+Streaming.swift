import SlimmerContent
import SlimmerMarkdown
import SlimmerRender

extension SiteSession {
    /// Pages (and bodies) a streamed build holds at once: enough to keep every
    /// core busy, few enough that memory stays flat.
    static let streamChunk = 512

    /// The Markdown step of a build written to disk: each chunk of bodies
    /// becomes its item pages at once and then gives up its HTML, so memory
    /// never holds every body's HTML (1.4 GB for 100,000 pages), nor their
    /// Markdown once rendered (a session that streamed is not rebuilt). The time
    /// spent on those pages counts towards the templates step.
    mutating func streamBodiesAndItemPages(_ run: inout BuildRun) {
        guard let graph, let theme else {
            run.check("markdown") { renderBodies() }
            return
        }
        // The cards beside the first bodies: making them has serial stretches
        // (the tables) that left a core idle.
        let jobs = options.jobs
        let pendingCards = Pending(jobs: jobs) { CardTable(graph: graph, theme: theme, jobs: jobs) }
        func takeCards() {
            if cards == nil { cards = run.time("templates") { pendingCards.value } }
        }
        let bodyRenderer = bodyRenderer(graph)
        let home = run.time("markdown") { bodyRenderer.renderHome() }
        homeBody = home
        var blocked = promoted(contentDiagnostics).hasErrors
        // Room for every item at once: growing these tables chunk by chunk
        // copied them on the one thread between the parallel stretches.
        let count = graph.items.count
        bodies.reserveCapacity(count)
        streamedPages.reserveCapacity(count)
        searchEntries.reserveCapacity(count)
        streamedSearchEntries.reserveCapacity(count)
        var ahead: [(items: [Item], rendered: [RenderedBody])] = []
        var next = 0
        func renderChunk() {
            let items = graph.items[next..<min(next + Self.streamChunk, count)].map(freshItem)
            next += items.count
            let rendered = run.time("markdown") { bodyRenderer.render(items) }
            blocked = blocked || promoted(rendered.flatMap(\.diagnostics)).hasErrors
            ahead.append((items, rendered))
        }
        while next < count || !ahead.isEmpty {
            if ahead.isEmpty { renderChunk() }
            // Bodies further on while the cards are still being made: waiting
            // for them left a core idle for 40 ms, as the cards' own parallel
            // map does not widen to a core that frees up.
            while cards == nil, !pendingCards.isReady, ahead.count < Self.chunksAhead, next < count { renderChunk() }
            takeCards()
            let (items, rendered) = ahead.removeFirst()
            if !blocked {
                run.time("templates") {
                    streamItemPages(items, rendered, graph: graph, theme: theme, home: home.markdown)
                }
                blocked = stage == nil
            }
            for (item, body) in zip(items, rendered) {
                item.releaseBody()
                bodies[item.id] = RenderedBody(
                    markdown: body.markdown.droppingHTML(andText: !blocked), diagnostics: body.diagnostics,
                    linkedFiles: body.linkedFiles)
            }
            bodyRenders += items.count
        }
        takeCards()
    }

    /// How many chunks of bodies may wait for the cards.
    static let chunksAhead = 4

    /// The item pages of one chunk of bodies, written as they are made, and their search entries.
    private mutating func streamItemPages(
        _ items: [Item], _ rendered: [RenderedBody], graph: ContentGraph, theme: Theme, home: RenderedMarkdown
    ) {
        let byID = Dictionary(zip(items.map(\.id), rendered.map(\.markdown)), uniquingKeysWith: { a, _ in a })
        let pageRenderer = PageRenderer(
            graph: graph, bodies: RenderedBodies(byID: byID, home: home), theme: theme, jobs: options.jobs,
            cards: cards)
        let todo = ParallelMap.map(items, jobs: options.jobs) { item -> (PageJob, PageInputs) in
            let job = PageJob.item(item.id)
            return (job, pageRenderer.inputs(of: job))
        }
        var written: [String: RenderedPage] = [:]
        streamPages(todo, pageRenderer, into: &written)
        // The search words are kept only as the entry that shows them.
        for (item, entry) in zip(items, ParallelMap.map(items, jobs: options.jobs, pageRenderer.searchEntry)) {
            searchEntries[item.id] = entry
            streamedSearchEntries.insert(item.id)
        }
        streamedPages.merge(written) { _, new in new }
    }
}
