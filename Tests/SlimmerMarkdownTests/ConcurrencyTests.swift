import Testing

@testable import SlimmerMarkdown

@Suite("Concurrency")
struct ConcurrencyTests {
    /// Documents large enough that concurrent renders overlap in time.
    private func documents() -> [String] {
        (0..<8).map { index in
            let section = """
                ## Sectie \(index)

                Tekst met *nadruk*, [een link](../doetanks/d\(index).md#x) en ![b](b\(index).png).

                <script>bad()</script>

                ```
                code <\(index)>
                ```

                """
            return "# Document \(index)\n\n" + String(repeating: section, count: 50 + index)
        }
    }

    @Test("rendering 8 documents concurrently equals rendering them one by one")
    func concurrentEqualsSequential() async {
        let renderer = MarkdownRenderer()
        let documents = documents()
        let rewrite: @Sendable (String) -> String? = { $0.hasSuffix(".md") ? "/rewritten/" : nil }
        let sequential = documents.map { renderer.render($0, rewriteLink: rewrite) }

        let concurrent = await withTaskGroup(of: (Int, RenderedMarkdown).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, renderer.render(document, rewriteLink: rewrite)) }
            }
            var results = [RenderedMarkdown?](repeating: nil, count: documents.count)
            for await (index, result) in group {
                results[index] = result
            }
            return results.compactMap { $0 }
        }

        #expect(concurrent == sequential)
        #expect(Set(sequential).count == 8)
        #expect(sequential[3].headings.last?.anchor == "sectie-3-52")
    }
}
