import Foundation
import SlimmerContent

/// Where a feed lives and what it lists.
struct FeedSpec {
    /// Entries per feed: readers want what is new, not the archive.
    static let limit = 20

    var path: String
    var title: String
    /// The page the feed follows.
    var pagePath: String
    var items: [Item]

    static let sitePath = "feed.xml"
    /// The sections with a feed of their own: every content kind but plain pages.
    static let kinds: [ContentKind] = [.doetank, .case, .event, .outcome]

    static func path(section key: Section.Key, _ permalinks: Permalinks) -> String {
        permalinks.path(section: key) + "feed.xml"
    }

    static func path(theme slug: String, _ permalinks: Permalinks) -> String {
        permalinks.path(term: slug, in: .theme) + "feed.xml"
    }
}

extension PageRenderer {
    /// Atom feeds of the whole site, of each section and of each theme.
    public func feeds() -> [OutputFile] {
        let specs = feedSpecs()
        let siteUpdated = graph.items.compactMap(contentDate).max()?.instant ?? Date(timeIntervalSince1970: 0)
        return ParallelMap.map(specs, jobs: jobs) { spec in
            let permalinks = graph.permalinks
            let entries = newest(spec.items).map { item in
                AtomFeed.Entry(
                    title: item.title, url: permalinks.absoluteURL(permalinks.path(of: item)),
                    updated: contentDate(item)!.instant, summary: summary(of: item),
                    categories: (item.themes + item.topics).map(\.value).compactMap(termLabel))
            }
            let feed = AtomFeed(
                title: spec.title, feedURL: permalinks.absoluteURL(spec.path),
                pageURL: permalinks.absoluteURL(spec.pagePath), author: graph.config.title,
                language: graph.config.language, entries: entries,
                updated: entries.map(\.updated).max() ?? siteUpdated)
            return OutputFile(path: spec.path, contents: Data(feed.xml().utf8))
        }
    }

    func feedSpecs() -> [FeedSpec] {
        let config = graph.config
        let permalinks = graph.permalinks
        var specs = [FeedSpec(path: FeedSpec.sitePath, title: config.title, pagePath: "", items: graph.items)]
        for kind in FeedSpec.kinds {
            let key = Section.Key(kind)!
            specs.append(
                FeedSpec(
                    path: FeedSpec.path(section: key, permalinks),
                    title: "\(config.section(key).label) | \(config.title)",
                    pagePath: permalinks.path(section: key), items: graph.items(of: kind)))
        }
        for theme in config.themes {
            specs.append(
                FeedSpec(
                    path: FeedSpec.path(theme: theme.slug, permalinks), title: "\(theme.label) | \(config.title)",
                    pagePath: permalinks.path(term: theme.slug, in: .theme),
                    items: graph.items(inTerm: theme.slug, of: .theme)))
        }
        return specs
    }

    /// The latest dated items first; undated items (plain pages) are left out.
    private func newest(_ items: [Item]) -> [Item] {
        let dated = items.compactMap { item in contentDate(item).map { (item, $0) } }
        let sorted = dated.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }
        return sorted.prefix(FeedSpec.limit).map(\.0)
    }

    private func summary(of item: Item) -> String {
        item.summary.isEmpty ? bodies.byID[item.id]?.firstParagraph ?? "" : item.summary
    }

    private func termLabel(_ slug: String) -> String? {
        (graph.config.themes + graph.config.topics).first { $0.slug == slug }?.label
    }
}
