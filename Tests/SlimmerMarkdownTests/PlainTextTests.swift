import Testing

@testable import SlimmerMarkdown

@Suite("Plain text")
struct PlainTextTests {
    private let renderer = MarkdownRenderer(options: MarkdownOptions(smartPunctuation: false))

    private let document = """
        # Welkom

        > Een citaat
        > over *twee* regels.

        Dit is de **eerste** alinea met [een link](x.md)  
        en ![een plaatje](p.png).

        <div>verborgen</div>

        ```swift
        let x = 1
        ```

        - punt `een`
        - punt twee
        """

    @Test("plain text keeps words of every block, one block per line, no markup or HTML")
    func plainText() {
        let expected = """
            Welkom
            Een citaat over twee regels.
            Dit is de eerste alinea met een link
            en een plaatje.
            let x = 1
            punt een
            punt twee
            """
        #expect(renderer.render(document).plainText == expected)
    }

    @Test("plain text does not depend on the HTML mode")
    func sameInUnsafeMode() {
        let unsafe = MarkdownRenderer(
            options: MarkdownOptions(unsafeHTML: true, smartPunctuation: false))
        #expect(unsafe.render(document).plainText == renderer.render(document).plainText)
    }

    @Test("the first paragraph is the first top-level one, not a quoted one")
    func firstParagraph() {
        let result = renderer.render(document)
        #expect(result.firstParagraph == "Dit is de eerste alinea met een link\nen een plaatje.")
    }

    @Test("soft breaks read as spaces in the summary")
    func softBreaks() {
        #expect(
            renderer.render("Regel een\nregel twee.\n\nTweede.").firstParagraph == "Regel een regel twee."
        )
    }

    @Test("documents without a top-level paragraph have an empty summary")
    func noParagraph() {
        let result = renderer.render("# Alleen een kop\n\n- lijst")
        #expect(result.firstParagraph == "")
        #expect(result.plainText == "Alleen een kop\nlijst")
        #expect(renderer.render("").plainText == "")
    }

    @Test("keeping only the search words gives the plain text's distinct words, curled quotes and all")
    func searchWordsOnly() {
        let words = MarkdownRenderer(options: MarkdownOptions(keepsOnlySearchWords: true))
        let full = MarkdownRenderer(options: MarkdownOptions())
        let source = document + "\n\n\"Aan\" -- 'de' Café's KAT en de kat... \u{0}\n"
        #expect(words.render(source).plainText == SearchText.distinctWords(full.render(source).plainText))
        #expect(words.render(source).plainText.hasPrefix("welkom een citaat over twee regels dit is de eerste"))
        #expect(words.render(source).html == full.render(source).html)
    }
}
