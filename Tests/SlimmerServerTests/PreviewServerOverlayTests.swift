import Foundation
import Hummingbird
import HummingbirdTesting
import SlimmerContent
import SlimmerRender
import Testing

@testable import SlimmerServer

@Suite struct PreviewServerOverlayTests {
    private static let hostile = Diagnostic(
        file: "content/<script>alert(1)</script>.md",
        line: 3,
        column: 7,
        message: "Unknown theme \"<img src=x onerror=alert(2)>\"",
        hint: "Use one of: a & b <b>"
    )

    /// The overlay's opening tag, as opposed to the script's mention of its id.
    private static let overlayStart = "<div id=\"slimmer-overlay\""

    @Test func theOverlayListsEveryProblemEscapedOverTheLastGoodPage() async throws {
        let warning = Diagnostic(file: "content/y.md", line: 9, severity: .warning, message: "Image without alt text")
        let site = PreviewFixture.site(diagnostics: [warning, Self.hostile])
        try await PreviewFixture.server(site).makeApplication().test(.router) { client in
            let page = try await client.execute(uri: "/", method: .get).text
            #expect(page.contains("<h1>Welkom</h1>"))
            #expect(page.contains("id=\"slimmer-overlay\" role=\"alert\""))
            #expect(page.contains("position:fixed"))
            #expect(page.contains("z-index:2147483647"))
            #expect(page.contains(">Build failed</h2>"))
            #expect(page.contains("content/&lt;script&gt;alert(1)&lt;/script&gt;.md:3:7"))
            #expect(page.contains("Unknown theme &quot;&lt;img src=x onerror=alert(2)&gt;&quot;"))
            #expect(page.contains("Use one of: a &amp; b &lt;b&gt;"))
            #expect(page.contains("content/y.md:9"))
            #expect(!page.contains("<script>alert"))
            #expect(!page.contains("<img src=x"))
            let overlay = try #require(page.range(of: Self.overlayStart))
            let bodyEnd = try #require(page.range(of: "</body>"))
            #expect(overlay.lowerBound < bodyEnd.lowerBound)
            #expect(page.range(of: "<h1>Welkom</h1>")!.lowerBound < overlay.lowerBound)

            let notFound = try await client.execute(uri: "/nergens", method: .get)
            #expect(notFound.status == .notFound)
            #expect(notFound.text.contains(Self.overlayStart))
            let css = try await client.execute(uri: "/css/site.css", method: .get)
            #expect(!css.text.contains("Build failed"))
        }
    }

    @Test func theOverlayDisappearsAfterACleanPublish() async throws {
        let site = PreviewFixture.site()
        try await PreviewFixture.server(site).makeApplication().test(.router) { client in
            let before = try await client.execute(uri: "/", method: .get)
            #expect(!before.text.contains(Self.overlayStart))
            await site.publish(files: nil, diagnostics: [Self.hostile], cssOnly: false)
            let failed = try await client.execute(uri: "/", method: .get)
            #expect(failed.text.contains(Self.overlayStart))
            #expect(failed.text.contains("<h1>Welkom</h1>"))
            #expect(failed.headers[.contentLength] == String(failed.body.readableBytes))

            var fixed = PreviewFixture.files.mapValues { Data($0.utf8) }
            fixed["index.html"] = Data("<html><body><h1>Opnieuw</h1></body></html>".utf8)
            await site.publish(files: fixed, diagnostics: [], cssOnly: false)
            let clean = try await client.execute(uri: "/", method: .get).text
            #expect(!clean.contains(Self.overlayStart))
            #expect(!clean.contains("Build failed"))
            #expect(clean.contains("<h1>Opnieuw</h1>"))
            #expect(clean.contains(LiveReload.script))
        }
    }

    @Test func warningsAloneShowNoOverlay() {
        let warning = Diagnostic(file: "content/y.md", severity: .warning, message: "Heading skips a level")
        #expect(ErrorOverlay.html(for: []) == nil)
        #expect(ErrorOverlay.html(for: [warning]) == nil)
        let html = ErrorOverlay.html(for: [warning, Self.hostile]) ?? ""
        #expect(html.contains("1 error."))
        #expect(html.range(of: "error</strong>")!.lowerBound < html.range(of: "warning</strong>")!.lowerBound)
    }

    @Test func escapingCoversTheFiveSpecialCharacters() {
        #expect(
            MarkupEscaping.escape("<a href=\"x\" title='y'>&</a>")
                == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    }
}
