import Testing

@testable import SlimmerMarkdown

@Suite("Safe mode")
struct SafetyTests {
    private let safe = MarkdownRenderer()
    private let unsafe = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true))

    private let scriptDocument = """
        # Titel

        <script>alert(1)</script>

        Tekst met <b onclick="x()">vet</b>.
        """

    @Test("raw HTML blocks and inline tags are removed, their text stays")
    func rawHTMLStripped() {
        let html = safe.render(scriptDocument).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(1)"))
        #expect(!html.contains("<b"))
        #expect(!html.contains("raw HTML omitted"))
        #expect(html.contains("<h1 id=\"titel\">Titel</h1>"))
        #expect(html.contains("<p>Tekst met vet.</p>"))
    }

    @Test("unsafe mode keeps raw HTML")
    func rawHTMLKept() {
        let html = unsafe.render(scriptDocument).html
        #expect(html.contains("<script>alert(1)</script>"))
        #expect(html.contains("<b onclick=\"x()\">vet</b>"))
        #expect(html.contains("<h1 id=\"titel\">Titel</h1>"))
    }

    @Test(
        "dangerous link and image URLs become empty",
        arguments: [
            "javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox", "file:///etc/passwd",
            "data:text/html;base64,PHNjcmlwdD4=", "data:image/svg+xml;base64,PHN2Zz4=",
        ]
    )
    func dangerousURLsNeutralised(_ url: String) {
        let result = safe.render("[klik](\(url)) ![plaatje](\(url))")
        #expect(result.html == "<p><a href=\"\">klik</a> <img src=\"\" alt=\"plaatje\" /></p>\n")
        #expect(result.links.map(\.destination) == [url])
    }

    @Test("raster data images and ordinary URLs pass")
    func safeURLsKept() {
        let html = safe.render("![a](data:image/png;base64,iVBO) [b](https://example.org/x)").html
        #expect(html.contains("src=\"data:image/png;base64,iVBO\""))
        #expect(html.contains("href=\"https://example.org/x\""))
    }

    @Test("unsafe mode keeps javascript: links")
    func unsafeKeepsJavascript() {
        #expect(unsafe.render("[a](javascript:go)").html.contains("href=\"javascript:go\""))
    }

    @Test("a rewrite cannot bring a script URL back in safe mode")
    func rewrittenURLChecked() {
        let html = safe.render("[a](x.md)") { _ in "javascript:alert(1)" }.html
        #expect(html == "<p><a href=\"\">a</a></p>\n")
    }

    @Test(
        "the check ignores case, leading spaces and controls, and embedded tabs",
        arguments: [
            " javascript:x", "\u{01}\u{1F}javascript:x", "java\tscript:x", "JAVA\nSCRIPT:x",
            "DATA:text/html,x",
        ]
    )
    func obfuscatedSchemes(_ url: String) {
        #expect(URLSafety.isDangerous(url))
    }

    @Test(
        "relative paths and web URLs are not dangerous",
        arguments: [
            "", "../doetanks/a.md", "#kosten", "https://x.nl/javascript:", "mailto:a@b.nl",
            "data:image/webp;base64,x",
        ]
    )
    func harmlessURLs(_ url: String) {
        #expect(!URLSafety.isDangerous(url))
    }
}
