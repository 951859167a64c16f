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
        // Straight into the file's bytes: at 100,000 items the index is 110 MB,
        // and a joined string and its copy were the peak of a build's memory.
        var contents = Data(capacity: entries.reduce(16) { $0 + $1.utf8.count + 1 })
        contents.append(contentsOf: #"{"items":["#.utf8)
        for (index, entry) in entries.enumerated() {
            if index > 0 { contents.append(UInt8(ascii: ",")) }
            contents.append(contentsOf: entry.utf8)
        }
        contents.append(contentsOf: "]}".utf8)
        return OutputFile(path: searchIndexPath, contents: contents)
    }

    /// One item's entry, as JSON text. `text` is the body's distinct words,
    /// folded as the search script folds queries.
    public func searchEntry(_ item: Item) -> String {
        let labels = { (terms: [Located<String>], key: Section.Key) in
            terms.compactMap { term in
                (key == .theme ? graph.config.themes : graph.config.topics).first { $0.slug == term.value }?.label
            }
        }
        return ScriptSafeJSON.encode(sortedFields: [
            "kind": .text(item.kind.rawValue), "kindLabel": .text(theme.translations["kind" + item.kind.capitalised]),
            "summary": .text(item.summary), "text": .text(bodies.byID[item.id]?.plainText ?? ""),
            "themes": .texts(labels(item.themes, .theme)), "title": .text(item.title),
            "topics": .texts(labels(item.topics, .topic)),
            "url": .text(graph.permalinks.url(graph.permalinks.path(of: item))),
        ])
    }
}
