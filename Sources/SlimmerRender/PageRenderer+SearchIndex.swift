import Foundation
import SlimmerContent
import SlimmerMarkdown

extension PageRenderer {
    /// Output path of the search index, beside the search page.
    public var searchIndexPath: String { graph.permalinks.path(section: .search) + "index.json" }

    /// `zoeken/index.json`: every published item, in the site's order.
    public func searchIndex() -> OutputFile {
        let permalinks = graph.permalinks
        let labels = Dictionary(
            (graph.config.themes + graph.config.topics).map { ($0.slug, $0.label) }, uniquingKeysWith: { a, _ in a })
        // `text`: the body's distinct words, folded as the script folds queries.
        let entries = graph.items.map { item -> [String: Any] in
            [
                "title": item.title, "summary": item.summary, "kind": item.kind.rawValue,
                "kindLabel": theme.translations["kind" + item.kind.capitalised],
                "url": permalinks.url(permalinks.path(of: item)),
                "themes": item.themes.compactMap { labels[$0.value] },
                "topics": item.topics.compactMap { labels[$0.value] },
                "text": bodies.byID[item.id]?.plainText ?? "",
            ]
        }
        let data = Data(ScriptSafeJSON.encode(["items": entries]).utf8)
        return OutputFile(path: searchIndexPath, contents: data)
    }
}
