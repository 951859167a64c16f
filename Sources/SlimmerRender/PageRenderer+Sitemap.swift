import Foundation
import SlimmerContent

extension PageRenderer {
    /// `sitemap.xml`: every page but the 404, with `lastmod` from content dates
    /// (never file times, which differ on every clone).
    public func sitemap() -> OutputFile {
        let permalinks = graph.permalinks
        // On every core: a list's date means working out the items it shows.
        let entries = ParallelMap.map(pageJobs(), jobs: jobs) { job -> (String, String?)? in
            switch job {
            case .notFound: nil
            case .item(let id): graph.byID[id].map { (permalinks.path(of: $0), lastModified($0)) }
            default: (String(outputPath(of: job).dropLast("index.html".count)), lastModified(job))
            }
        }.compactMap { $0 }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, lastmod) in entries {
            xml += "  <url><loc>\(MarkupEscaping.escape(permalinks.absoluteURL(path)))</loc>"
            if let lastmod { xml += "<lastmod>\(lastmod)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", contents: Data(xml.utf8))
    }

    /// `robots.txt`, pointing crawlers to the sitemap.
    public func robots() -> OutputFile {
        let text = "User-agent: *\nAllow: /\n\nSitemap: \(graph.permalinks.absoluteURL("sitemap.xml"))\n"
        return OutputFile(path: "robots.txt", contents: Data(text.utf8))
    }

    /// A page is never modified in the future: an upcoming event's only
    /// date gives no `lastmod`.
    private func lastModified(_ item: Item) -> String? {
        contentDate(item).flatMap { $0.instant <= graph.now ? String($0.iso.prefix(10)) : nil }
    }

    /// A list's date: the latest of the items it shows.
    private func lastModified(_ job: PageJob) -> String? {
        let dates = inputs(of: job).items.compactMap { graph.byID[$0] }.compactMap(contentDate)
        return dates.filter { $0.instant <= graph.now }.max().map { String($0.iso.prefix(10)) }
    }

    /// When an item last changed, as far as its content says: the latest of
    /// its own date and its publish date that is not in the future, else the
    /// earliest. Feeds and the sitemap use it; file times differ per clone.
    func contentDate(_ item: Item) -> DateValue? {
        // Two dates at most, compared without arrays: the sitemap and the
        // feeds ask for every item on every list, about 100,000 times a build.
        guard let own = item.sortDate else { return item.publishDate }
        guard let publish = item.publishDate else { return own }
        switch (own.instant <= graph.now, publish.instant <= graph.now) {
        case (true, true): return publish > own ? publish : own
        case (true, false): return own
        case (false, true): return publish
        case (false, false): return publish < own ? publish : own
        }
    }
}
