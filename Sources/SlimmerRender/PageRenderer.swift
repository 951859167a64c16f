import Foundation
import SlimmerContent
import SlimmerTemplates

/// The template step: every page of the site, rendered on all cores.
public struct PageRenderer: Sendable {
    public let graph: ContentGraph
    public let bodies: RenderedBodies
    public let theme: Theme
    /// How many pages are rendered at once.
    public let jobs: Int
    /// Every item's card, when a whole site is rendered.
    public let cards: CardTable?

    public init(
        graph: ContentGraph, bodies: RenderedBodies, theme: Theme, jobs: Int = ParallelMap.defaultJobs,
        cards: CardTable? = nil
    ) {
        self.graph = graph
        self.bodies = bodies
        self.theme = theme
        self.jobs = jobs
        self.cards = cards
    }

    /// The rendered pages, and how many there are of each kind.
    public func render() -> (files: [OutputFile], counts: [String: Int]) {
        let jobs = pageJobs()
        return (render(jobs), PageJob.counts(jobs))
    }

    /// The given pages, rendered on all cores, in the given order.
    public func render(_ jobs: [PageJob]) -> [OutputFile] {
        let page = pageMaker()
        return ParallelMap.map(jobs, jobs: self.jobs) { page($0, outputPath(of: $0)).file }
    }

    /// Renders one page at a time, given its output path, from one context
    /// that every page shares.
    public func pageMaker() -> @Sendable (PageJob, _ path: String) -> OutputText {
        let context = ViewContext(
            graph: graph, bodies: bodies, translations: theme.translations, assets: theme.assets, cards: cards)
        // Made from the context's own shared values, which its pages hold.
        let runs = cards?.runs ?? SharedRuns(library: theme.library, shared: context.shared)
        return { job, path in render(job, at: path, context, runs) }
    }

    private func render(_ job: PageJob, at path: String, _ context: ViewContext, _ runs: SharedRuns) -> OutputText {
        var (template, values) = resolve(job, context)
        values["feeds"] = .list(context.feedLinks(for: job))
        values["jsonLD"] = context.jsonLD(for: job).map(TemplateValue.string)
        let html = theme.library.render(template, .object(values), cache: cards?.html, runs: runs) ?? ""
        return OutputText(path: path, text: html)
    }

    private func resolve(_ job: PageJob, _ context: ViewContext) -> (String, View) {
        switch job {
        case .home: ("home", context.home())
        case .item(let id): (graph.byID[id]!.kind.rawValue, context.itemPage(graph.byID[id]!))
        case .section(let key, let kind, let page): ("section", context.section(key, kind: kind, page))
        case .events(let page): ("events", context.events(page))
        case .term(let key, let slug, let page):
            ("term", context.term(slug, in: key, items: graph.items(inTerm: slug, of: key), page))
        case .terms(let key): ("terms", context.terms(key))
        case .search: ("search", context.search())
        case .notFound: ("404", context.notFound())
        }
    }

    /// Every page the site has, in a fixed order.
    public func pageJobs() -> [PageJob] {
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
                let count = graph.items(inTerm: term.slug, of: key).count
                jobs += Pagination.pages(count: count, size: size).map { .term(key, term.slug, $0) }
            }
        }
        return jobs
    }
}
