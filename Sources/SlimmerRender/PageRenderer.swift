import Foundation
import Mustache
import SlimmerContent

/// The template step: every page of the site, rendered on all cores.
public struct PageRenderer: Sendable {
    public let graph: ContentGraph
    public let bodies: RenderedBodies
    public let theme: Theme
    /// How many pages are rendered at once.
    public let jobs: Int

    public init(graph: ContentGraph, bodies: RenderedBodies, theme: Theme, jobs: Int = ParallelMap.defaultJobs) {
        self.graph = graph
        self.bodies = bodies
        self.theme = theme
        self.jobs = jobs
    }

    /// The rendered pages, and how many there are of each kind.
    public func render() -> (files: [OutputFile], counts: [String: Int]) {
        let context = ViewContext(graph: graph, bodies: bodies, translations: theme.translations)
        let jobs = pageJobs()
        let files = ParallelMap.map(jobs, jobs: self.jobs) { job in render(job, context) }
        var counts: [String: Int] = [:]
        for job in jobs { counts[job.summaryKind, default: 0] += 1 }
        return (files, counts)
    }

    private func render(_ job: PageJob, _ context: ViewContext) -> OutputFile {
        let (path, template, values) = resolve(job, context)
        let html = theme.library.render(values, withTemplate: template) ?? ""
        let file = path.hasSuffix("/") || path.isEmpty ? path + "index.html" : path
        return OutputFile(path: file, contents: Data(html.utf8))
    }

    private func resolve(_ job: PageJob, _ context: ViewContext) -> (String, String, [String: Any]) {
        let permalinks = graph.permalinks
        switch job {
        case .home:
            return ("", "home", context.home())
        case .item(let id):
            let item = graph.byID[id]!
            return (permalinks.path(of: item), item.kind.rawValue, context.itemPage(item))
        case .section(let key, let kind, let page):
            return (
                permalinks.path(page: page.number, of: permalinks.path(section: key)), "section",
                context.section(key, kind: kind, page)
            )
        case .events(let page):
            return (
                permalinks.path(page: page.number, of: permalinks.path(section: .event)), "events", context.events(page)
            )
        case .term(let key, let slug, let page):
            let items = termItems(slug, key)
            return (
                permalinks.path(page: page.number, of: permalinks.path(term: slug, in: key)), "term",
                context.term(slug, in: key, items: items, page)
            )
        case .terms(let key):
            return (permalinks.path(section: key), "terms", context.terms(key))
        case .search:
            return (permalinks.path(section: .search), "search", context.search())
        case .notFound:
            return ("404.html", "404", context.notFound())
        }
    }

    /// Every page the site has, in a fixed order.
    func pageJobs() -> [PageJob] {
        let size = graph.config.pageSize
        var jobs: [PageJob] = [.home, .notFound, .search]
        jobs += graph.items.map { .item($0.id) }
        for kind in [ContentKind.doetank, .case, .outcome] {
            let key = Section.Key(kind)!
            jobs += Pagination.pages(count: graph.items(of: kind).count, size: size).map { .section(key, kind, $0) }
        }
        jobs += Pagination.pages(count: graph.pastEvents.count, size: size).map { .events($0) }
        for key in [Section.Key.theme, .topic] {
            jobs.append(.terms(key))
            for term in key == .theme ? graph.config.themes : graph.config.topics {
                let count = termItems(term.slug, key).count
                jobs += Pagination.pages(count: count, size: size).map { .term(key, term.slug, $0) }
            }
        }
        return jobs
    }

    /// A term's published items: by kind, then in list order.
    func termItems(_ slug: String, _ key: Section.Key) -> [Item] {
        let ids = (key == .theme ? graph.themeIndex : graph.topicIndex)[slug] ?? []
        return ids.compactMap { graph.byID[$0] }.sorted(by: ListOrder.precedes)
    }
}
