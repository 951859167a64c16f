import SlimmerContent

extension PageRenderer {
    /// Where a page is written, relative to the output folder.
    public func outputPath(of job: PageJob) -> String {
        let permalinks = graph.permalinks
        let folder: String
        switch job {
        case .home: folder = ""
        case .item(let id): folder = permalinks.path(of: graph.byID[id]!)
        case .section(let key, _, let page):
            folder = permalinks.path(page: page.number, of: permalinks.path(section: key))
        case .events(let page): folder = permalinks.path(page: page.number, of: permalinks.path(section: .event))
        case .term(let key, let slug, let page):
            folder = permalinks.path(page: page.number, of: permalinks.path(term: slug, in: key))
        case .terms(let key): folder = permalinks.path(section: key)
        case .search: folder = permalinks.path(section: .search)
        case .notFound: return "404.html"
        }
        return folder + "index.html"
    }

    /// Everything a page shows besides the theme and site.yml: the items whose
    /// data appear on it, in order, and the counts it prints. Two builds whose
    /// inputs for a page are equal, and whose listed items are unchanged, give
    /// that page the same bytes; the incremental rebuild relies on it.
    public func inputs(of job: PageJob) -> PageInputs {
        let menu = graph.menuPages.map(\.id)
        switch job {
        case .home:
            let lists =
                Array(graph.upcomingEvents.prefix(3)) + graph.activeDoetanks.prefix(6)
                + graph.items(of: .outcome).prefix(3)
            return PageInputs(items: menu + lists.map(\.id), counts: graph.termCounts(.theme))
        case .item(let id): return PageInputs(items: menu + [id] + related(to: graph.byID[id]!).map(\.id))
        case .section(_, let kind, let page):
            return PageInputs(items: menu + graph.items(of: kind)[page.range].map(\.id), counts: [page.total])
        case .events(let page):
            let upcoming = page.number == 1 ? graph.upcomingEvents : []
            return PageInputs(items: menu + (upcoming + graph.pastEvents[page.range]).map(\.id), counts: [page.total])
        case .term(let key, let slug, let page):
            return PageInputs(
                items: menu + graph.items(inTerm: slug, of: key)[page.range].map(\.id), counts: [page.total])
        case .terms(let key): return PageInputs(items: menu, counts: graph.termCounts(key))
        case .search: return PageInputs(items: menu, counts: graph.termCounts(.theme) + graph.termCounts(.topic))
        case .notFound: return PageInputs(items: menu)
        }
    }

    /// The other items an item's page lists.
    private func related(to item: Item) -> [Item] {
        switch item.details {
        case .doetank:
            let relations = graph.relations(ofDoetank: item)
            return relations.cases + relations.outcomes + relations.upcomingEvents + relations.pastEvents
        case .case(let study):
            let relations = graph.relations(ofCase: study, item: item)
            return [relations.doetank].compactMap { $0 } + relations.outcomes + relations.events
        case .event(let event): return graph.doetanks(of: event)
        case .outcome(let outcome):
            let relations = graph.relations(ofOutcome: outcome)
            return [relations.doetank].compactMap { $0 } + relations.cases
        case .page: return []
        }
    }
}

/// What a page depends on, for deciding whether a rebuild must render it again.
public struct PageInputs: Sendable, Hashable {
    /// Ids of the items whose data the page shows, in order.
    public var items: [String]
    /// Numbers the page prints that derive from many items (term counts, page totals).
    public var counts: [Int]

    public init(items: [String], counts: [Int] = []) {
        self.items = items
        self.counts = counts
    }
}
