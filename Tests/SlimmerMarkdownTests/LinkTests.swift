import Testing

@testable import SlimmerMarkdown

@Suite("Links and images")
struct LinkTests {
    private let renderer = MarkdownRenderer()

    /// Turns `../doetanks/a.md#x` into `/doetanks/a/#x`, as the site does.
    private func sitePath(_ destination: String) -> String? {
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = parts.first, path.hasPrefix("../"), path.hasSuffix(".md") else {
            return nil
        }
        let page = path.dropFirst(3).dropLast(3)
        let fragment = parts.count > 1 ? "#\(parts[1])" : ""
        return "/\(page)/\(fragment)"
    }

    @Test("a rewrite replaces the href while links keep the source destination")
    func rewritesMarkdownLinks() {
        let result = renderer.render("[x](../doetanks/a.md)", rewriteLink: sitePath)
        #expect(result.html == "<p><a href=\"/doetanks/a/\">x</a></p>\n")
        #expect(result.links.map(\.destination) == ["../doetanks/a.md"])
    }

    @Test("the closure sees fragments and can keep them")
    func keepsFragments() {
        let html = renderer.render("[x](../doetanks/a.md#kosten)", rewriteLink: sitePath).html
        #expect(html == "<p><a href=\"/doetanks/a/#kosten\">x</a></p>\n")
    }

    @Test("nil from the closure keeps the destination")
    func nilKeeps() {
        let html = renderer.render("[x](https://example.org) [y](#boven)", rewriteLink: sitePath).html
        #expect(html == "<p><a href=\"https://example.org\">x</a> <a href=\"#boven\">y</a></p>\n")
    }

    @Test("every link and image destination reaches the closure, images rewritten too")
    func closureSeesEverything() {
        var seen: [String] = []
        let markdown = "[a](one.md) ![b](two.png)\n\n<https://three.nl>\n\n[c][ref]\n\n[ref]: four.md"
        let result = renderer.render(markdown) { destination in
            seen.append(destination)
            return destination == "two.png" ? "/img/two.png" : nil
        }
        #expect(seen.sorted() == ["four.md", "https://three.nl", "one.md", "two.png"])
        #expect(result.html.contains("<img src=\"/img/two.png\" alt=\"b\" />"))
        #expect(result.images.map(\.source) == ["two.png"])
    }

    @Test("positions are 1-based line and character column of the opening bracket")
    func positions() {
        let markdown = """
            Intro line
            See [docs](a.md) and ![logo](img/logo.png "t").

            > quoted
            > b [q](y)

            - item
              more [z](w)

            Ë [e](r)
            Het café — “ja” [x](/nope/)
            """
        let result = renderer.render(markdown)
        let links = result.links.map { "\($0.destination)@\($0.line):\($0.column)" }
        #expect(links == ["a.md@2:5", "y@5:5", "w@8:8", "r@10:3", "/nope/@11:17"])
        #expect(
            result.images == [MarkdownImage(source: "img/logo.png", alt: "logo", line: 2, column: 22)])
    }

    @Test("image alt is the plain text of the description")
    func imageAlt() {
        let result = renderer.render("![Logo van *Slimmer* `v2`](logo.png)")
        #expect(result.images.map(\.alt) == ["Logo van Slimmer v2"])
        #expect(result.html == "<p><img src=\"logo.png\" alt=\"Logo van Slimmer v2\" /></p>\n")
    }

    @Test("reference links and autolinks are recorded with the resolved destination")
    func referenceAndAutolinks() {
        let result = renderer.render("[a][ref] <https://x.nl>\n\n[ref]: ../b.md \"Titel\"")
        #expect(result.links.map(\.destination) == ["../b.md", "https://x.nl"])
    }
}
