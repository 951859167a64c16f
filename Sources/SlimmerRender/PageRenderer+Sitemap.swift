import Foundation
import SlimmerContent

extension PageRenderer {
    /// `sitemap.xml`: every page but the 404, with `lastmod` from content dates
    /// (never file times, which differ on every clone).
    public func sitemap() -> OutputFile {
        let permalinks = graph.permalinks
        var entries: [(String, String?)] = []
        for job in pageJobs() {
            switch job {
            case .notFound: continue
            case .item(let id):
                let item = graph.byID[id]!
                entries.append((permalinks.path(of: item), lastModified(item)))
            default:
                entries.append((String(outputPath(of: job).dropLast("index.html".count)), nil))
            }
        }
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

    private func lastModified(_ item: Item) -> String? {
        let dates = [item.sortDate, item.publishDate].compactMap { $0 }
        guard let latest = dates.filter({ $0.instant <= graph.now }).max() ?? dates.min() else { return nil }
        return String(latest.iso.prefix(10))
    }
}
