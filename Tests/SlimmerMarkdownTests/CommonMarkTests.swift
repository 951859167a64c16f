import Testing

@testable import SlimmerMarkdown

@Suite("CommonMark basics")
struct CommonMarkTests {
    private let renderer = MarkdownRenderer(options: MarkdownOptions(smartPunctuation: false))

    @Test(
        "core syntax renders as CommonMark says",
        arguments: [
            ("*nadruk* en **sterk**", "<p><em>nadruk</em> en <strong>sterk</strong></p>\n"),
            ("- a\n- b\n", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"),
            ("3. drie\n4. vier\n", "<ol start=\"3\">\n<li>drie</li>\n<li>vier</li>\n</ol>\n"),
            (
                "```html\n<b>&amp;</b>\n```\n",
                "<pre><code class=\"language-html\">&lt;b&gt;&amp;amp;&lt;/b&gt;\n</code></pre>\n"
            ),
            ("    indented <x>\n", "<pre><code>indented &lt;x&gt;\n</code></pre>\n"),
            ("`a < b`", "<p><code>a &lt; b</code></p>\n"),
            ("> citaat", "<blockquote>\n<p>citaat</p>\n</blockquote>\n"),
            ("a  \nb", "<p>a<br />\nb</p>\n"),
            ("---", "<hr />\n"),
            ("5 < 6 & 7", "<p>5 &lt; 6 &amp; 7</p>\n"),
        ]
    )
    func renders(_ markdown: String, _ html: String) {
        #expect(renderer.render(markdown).html == html)
    }

    @Test("pipe tables are not core CommonMark and stay a paragraph")
    func tablesUnsupported() {
        let html = renderer.render("| a | b |\n|---|---|\n| 1 | 2 |").html
        #expect(html == "<p>| a | b |\n|---|---|\n| 1 | 2 |</p>\n")
        #expect(!html.contains("<table"))
    }

    @Test("invalid UTF-8 is replaced, not passed through")
    func invalidUTF8() {
        let text = String(decoding: [0x61, 0xFF, 0x62], as: UTF8.self)
        #expect(renderer.render(text).html == "<p>a\u{FFFD}b</p>\n")
    }
}
