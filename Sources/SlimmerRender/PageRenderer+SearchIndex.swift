import Foundation
import SlimmerContent
import SlimmerMarkdown

extension PageRenderer {
    /// Output path of the search index, beside the search page.
    public var searchIndexPath: String { graph.permalinks.path(section: .search) + "index.json" }

    /// `zoeken/index.json`: every published item, in the site's order.
    public func searchIndex() -> OutputFile {
        searchIndex(entries: ParallelMap.map(graph.items, jobs: jobs) { searchEntry($0) })
    }

    /// The index from entries made earlier, in the site's order; the preview
    /// server keeps them, so that a text edit makes one entry again, not all.
    public func searchIndex(entries: [String]) -> OutputFile {
        let text = "{\"items\":[" + entries.joined(separator: ",") + "]}"
        return OutputFile(path: searchIndexPath, contents: Data(text.utf8))
    }

    /// One item's entry, as JSON text. `text` is the body's distinct words,
    /// folded as the search script folds queries.
    public func searchEntry(_ item: Item) -> String {
        let labels = { (terms: [Located<String>], key: Section.Key) in
            terms.compactMap { term in
                (key == .theme ? graph.config.themes : graph.config.topics).first { $0.slug == term.value }?.label
            }
        }
        let entry: [String: Any] = [
            "title": item.title, "summary": item.summary, "kind": item.kind.rawValue,
            "kindLabel": theme.translations["kind" + item.kind.capitalised],
            "url": graph.permalinks.url(graph.permalinks.path(of: item)),
            "themes": labels(item.themes, .theme), "topics": labels(item.topics, .topic),
            "text": bodies.byID[item.id]?.plainText ?? "",
        ]
        return ScriptSafeJSON.encode(entry)
    }
}
