import Testing

@testable import SlimmerMarkdown

@Suite("Smart punctuation")
struct SmartPunctuationTests {
    private let source = "\"Hallo\" -- 'wereld' --- het's"

    @Test("on by default: curly quotes and dashes")
    func onByDefault() {
        let result = MarkdownRenderer().render(source)
        #expect(result.html == "<p>“Hallo” – ‘wereld’ — het’s</p>\n")
        #expect(result.plainText == "“Hallo” – ‘wereld’ — het’s")
    }

    @Test("off: straight quotes and dashes stay")
    func off() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(smartPunctuation: false))
        #expect(renderer.render(source).html == "<p>&quot;Hallo&quot; -- 'wereld' --- het's</p>\n")
    }

    @Test("curly apostrophes in headings do not change the anchor")
    func anchorsIgnoreQuotes() {
        let smart = MarkdownRenderer().render("# Thema's").headings
        let plain = MarkdownRenderer(options: MarkdownOptions(smartPunctuation: false)).render(
            "# Thema's"
        ).headings
        #expect(smart.map(\.anchor) == ["themas"])
        #expect(plain.map(\.anchor) == ["themas"])
        #expect(smart.map(\.text) == ["Thema’s"])
    }
}
