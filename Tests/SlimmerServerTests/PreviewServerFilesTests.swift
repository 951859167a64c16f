import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SlimmerServer

@Suite struct PreviewServerFilesTests {
    private let app = PreviewFixture.server(PreviewFixture.site()).makeApplication()

    @Test(arguments: [
        ("/index.html", "text/html; charset=utf-8"),
        ("/notes.page.HTML", "text/html; charset=utf-8"),
        ("/css/site.css", "text/css; charset=utf-8"),
        ("/js/site.js", "text/javascript; charset=utf-8"),
        ("/data/search.json", "application/json"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/img/logo.svg", "image/svg+xml"),
        ("/img/a.png", "image/png"),
        ("/img/b.jpg", "image/jpeg"),
        ("/img/c.jpeg", "image/jpeg"),
        ("/img/d.gif", "image/gif"),
        ("/img/e.webp", "image/webp"),
        ("/favicon.ico", "image/x-icon"),
        ("/files/rapport.pdf", "application/pdf"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/agenda/cafe.ics", "text/calendar; charset=utf-8"),
        ("/fonts/inter.woff2", "font/woff2"),
        ("/files/data.bin", "application/octet-stream"),
        ("/LICENSE", "application/octet-stream"),
    ])
    func everyFileHasItsContentType(path: String, type: String) async throws {
        try await app.test(.router) { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == type)
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(response.headers[.contentLength] == String(response.body.readableBytes))
        }
    }

    @Test func nonHTMLFilesAreServedByteForByte() async throws {
        try await app.test(.router) { client in
            let css = try await client.execute(uri: "/css/site.css?v=3", method: .get)
            #expect(css.text == PreviewFixture.files["css/site.css"])
            let font = try await client.execute(uri: "/fonts/inter.woff2", method: .get)
            #expect(font.text == "wOF2")
        }
    }

    @Test(arguments: [
        ("/", "<h1>Welkom</h1>"),
        ("/doetanks/", "<h1>Doetanks</h1>"),
        ("/doetanks/rekenkamer/", "<h1>Rekenkamer</h1>"),
        ("/doetanks//rekenkamer/?x=1", "<h1>Rekenkamer</h1>"),
    ])
    func aFolderServesItsIndexPage(path: String, heading: String) async throws {
        try await app.test(.router) { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.text.contains(heading))
        }
    }

    @Test func aFolderWithoutItsSlashRedirectsPermanently() async throws {
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/doetanks/rekenkamer", method: .get)
            #expect(response.status == .movedPermanently)
            #expect(response.headers[.location] == "/doetanks/rekenkamer/")
            #expect(response.headers[.cacheControl] == "no-store")
            let withQuery = try await client.execute(uri: "/doetanks?page=2", method: .get)
            #expect(withQuery.status == .movedPermanently)
            #expect(withQuery.headers[.location] == "/doetanks/?page=2")
            let doubleSlash = try await client.execute(uri: "//doetanks", method: .get)
            #expect(doubleSlash.headers[.location] == "/doetanks/")
        }
    }

    @Test func anUnknownAddressGetsTheSitesNotFoundPage() async throws {
        try await app.test(.router) { client in
            for path in ["/bestaat-niet", "/bestaat-niet/", "/css/", "/doetanks/rekenkamer/index.htm"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.text.contains("<h1>Pagina niet gevonden</h1>"))
                #expect(response.text.contains(LiveReload.script))
                #expect(response.headers[.contentLength] == String(response.body.readableBytes))
            }
        }
    }

    @Test func withoutANotFoundPageTheAnswerIsPlainText() async throws {
        let site = LiveSite(files: ["index.html": Data("<p>hoi</p>".utf8)])
        try await PreviewFixture.server(site).makeApplication().test(.router) { client in
            let response = try await client.execute(uri: "/nergens", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(response.text == "Not found.\n")
        }
    }

    @Test(arguments: ["/", "/css/site.css", "/bestaat-niet", "/doetanks"])
    func headHasTheHeadersOfGetAndNoBody(path: String) async throws {
        try await app.test(.router) { client in
            let get = try await client.execute(uri: path, method: .get)
            let head = try await client.execute(uri: path, method: .head)
            #expect(head.status == get.status)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == String(get.body.readableBytes))
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.headers[.location] == get.headers[.location])
        }
    }

    @Test func headOverALiveConnectionKeepsTheLength() async throws {
        try await app.test(.live) { client in
            let get = try await client.execute(uri: "/css/site.css", method: .get)
            let head = try await client.execute(uri: "/css/site.css", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == String(get.body.readableBytes))
            // The connection still works after a HEAD.
            let again = try await client.execute(uri: "/robots.txt", method: .get)
            #expect(again.text == "User-agent: *")
        }
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch, .options])
    func otherMethodsAreNotAllowed(method: HTTPRequest.Method) async throws {
        try await app.test(.router) { client in
            for path in ["/", "/css/site.css", "/bestaat-niet", LiveReload.eventsPath] {
                let response = try await client.execute(uri: path, method: method, body: ByteBuffer(string: "x"))
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD")
            }
        }
    }
}
