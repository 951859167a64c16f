import Testing

@testable import SlimmerMarkdown

@Suite("Headings")
struct HeadingTests {
    private let renderer = MarkdownRenderer()

    @Test("rendered headings carry their anchor as id")
    func idsInHTML() {
        let html = renderer.render("## Over ons\n\nTekst").html
        #expect(html == "<h2 id=\"over-ons\">Over ons</h2>\n<p>Tekst</p>\n")
    }

    @Test("inline markup inside a heading still renders")
    func inlineMarkupKept() {
        let result = renderer.render("### Heading *with* `a<b`")
        #expect(
            result.html
                == "<h3 id=\"heading-with-a-b\">Heading <em>with</em> <code>a&lt;b</code></h3>\n")
        #expect(result.headings.map(\.text) == ["Heading with a<b"])
    }

    @Test("repeated headings get -1, -2 like GitHub")
    func deduplicated() {
        let result = renderer.render("# Intro\n\n## Intro\n\n## Intro\n")
        #expect(result.headings.map(\.anchor) == ["intro", "intro-1", "intro-2"])
        #expect(result.html.contains("<h2 id=\"intro-2\">Intro</h2>"))
    }

    @Test("a literal heading that looks suffixed does not collide")
    func dedupAvoidsLiteralSuffix() {
        let anchors = renderer.render("# x\n\n# x-1\n\n# x\n").headings.map(\.anchor)
        #expect(anchors == ["x", "x-1", "x-2"])
    }

    @Test("headings without sluggable text become section, section-1")
    func emptySlugFallsBack() {
        let anchors = renderer.render("# ???\n\n# 日本\n").headings.map(\.anchor)
        #expect(anchors == ["section", "section-1"])
    }

    @Test("the toc lists every heading with level, text and anchor in order")
    func tableOfContents() {
        let markdown = """
            # Efficiënter werken

            Intro.

            ## Thema's & onderwerpen

            > ### Niet vergeten

            Setext kop
            ----------
            """
        let expected = [
            Heading(level: 1, text: "Efficiënter werken", anchor: "efficienter-werken", line: 1),
            Heading(level: 2, text: "Thema’s & onderwerpen", anchor: "themas-onderwerpen", line: 5),
            Heading(level: 3, text: "Niet vergeten", anchor: "niet-vergeten", line: 7),
            Heading(level: 2, text: "Setext kop", anchor: "setext-kop", line: 9),
        ]
        #expect(renderer.render(markdown).headings == expected)
    }

    @Test("anchors are independent per document")
    func freshPerDocument() {
        #expect(renderer.render("# A").headings.map(\.anchor) == ["a"])
        #expect(renderer.render("# A").headings.map(\.anchor) == ["a"])
    }
}
