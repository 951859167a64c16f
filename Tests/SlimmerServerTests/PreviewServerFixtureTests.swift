import Foundation
import Hummingbird
import HummingbirdTesting
import SlimmerContent
import Testing

@testable import SlimmerServer

/// A small in-memory site and helpers shared by the preview server tests.
enum PreviewFixture {
    static let homePage = """
        <!doctype html><html lang="nl"><head><title>Home</title>\
        <link rel="stylesheet" href="/css/site.css"></head><body><h1>Welkom</h1></body></html>
        """
    static let notFoundPage = "<!doctype html><html><body><h1>Pagina niet gevonden</h1></BODY></html>"

    /// Output path → contents; one file for every extension the server knows.
    static let files: [String: String] = [
        "index.html": homePage,
        "404.html": notFoundPage,
        "doetanks/index.html": "<html><body><h1>Doetanks</h1></body></html>",
        "doetanks/rekenkamer/index.html": "<html><body><h1>Rekenkamer</h1></body></html>",
        "css/site.css": "body { color: #1a1a1a; }",
        "js/site.js": "console.log('hallo');",
        "data/search.json": "{\"pages\":[]}",
        "sitemap.xml": "<?xml version=\"1.0\"?><urlset/>",
        "img/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "img/a.png": "png",
        "img/b.jpg": "jpg",
        "img/c.jpeg": "jpeg",
        "img/d.gif": "gif",
        "img/e.webp": "webp",
        "favicon.ico": "ico",
        "files/rapport.pdf": "%PDF-1.4",
        "robots.txt": "User-agent: *",
        "agenda/cafe.ics": "BEGIN:VCALENDAR",
        "fonts/inter.woff2": "wOF2",
        "files/data.bin": "binary",
        "LICENSE": "no extension",
        "notes.page.HTML": "<p>upper-case extension</p>",
    ]

    static func site(diagnostics: [Diagnostic] = []) -> LiveSite {
        LiveSite(files: files.mapValues { Data($0.utf8) }, diagnostics: diagnostics)
    }

    /// A server for `site` on a free loopback port (the port is only used by `.live` tests).
    static func server(_ site: LiveSite, pingInterval: Duration = .seconds(15)) -> PreviewServer {
        var server = PreviewServer(site: site, host: "127.0.0.1", port: 0)
        server.pingInterval = pingInterval
        return server
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}

@Suite struct PreviewServerFixtureTests {
    @Test func theFixtureServesItsHomePage() async throws {
        try await PreviewFixture.server(PreviewFixture.site()).makeApplication().test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("<h1>Welkom</h1>"))
        }
    }
}
