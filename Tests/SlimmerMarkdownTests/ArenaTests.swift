import Testing

@testable import SlimmerMarkdown

/// cmark allocates from a per-thread arena that each render empties
/// (`CCmarkArena`); these documents outgrow its 256 KB block several times.
@Suite("cmark arena")
struct ArenaTests {
    /// Paragraphs and lists separated by blank lines render independently, so
    /// a whole document's HTML is the concatenation of its parts' HTML.
    private func parts(_ seed: Int) -> [String] {
        (0..<2_000).map { index in
            switch (index + seed) % 3 {
            case 0: "Alinea \(index) met *nadruk* en `code \(index)` en een [link](https://example.org/\(index))."
            case 1: "- punt \(index)\n- nog een punt met **vet**"
            default: String(repeating: "woord\(index) ", count: index % 400 + 1)
            }
        }
    }

    @Test("a document larger than the arena's block renders as the sum of its parts")
    func largeDocumentEqualsItsParts() {
        let renderer = MarkdownRenderer()
        let parts = parts(0)
        let whole = renderer.render(parts.joined(separator: "\n\n")).html
        #expect(whole.utf8.count > 1_000_000)
        #expect(whole == parts.map { renderer.render($0).html }.joined())
        // A small document after a large one starts from an emptied arena.
        #expect(renderer.render("*klein*").html == "<p><em>klein</em></p>\n")
    }

    @Test("large documents on many threads at once render as they do alone")
    func concurrentLargeDocuments() async {
        let renderer = MarkdownRenderer()
        let documents = (0..<6).map { parts($0).joined(separator: "\n\n") }
        let alone = documents.map { renderer.render($0).html }
        let together = await withTaskGroup(of: (Int, String).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, renderer.render(document).html) }
            }
            var results = [String](repeating: "", count: documents.count)
            for await (index, html) in group { results[index] = html }
            return results
        }
        #expect(together == alone)
        #expect(Set(alone).count == 3)
    }
}
