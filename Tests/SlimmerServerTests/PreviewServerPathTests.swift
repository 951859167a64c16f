import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SlimmerServer

@Suite struct PreviewServerPathTests {
    /// A site with a secret next to every place a traversal could reach.
    private static let site = LiveSite(
        files: [
            "index.html": Data("<p>home</p>".utf8),
            "a/index.html": Data("<p>a</p>".utf8),
            "b": Data("secret b".utf8),
            "x": Data("secret x".utf8),
            "site.yml": Data("secret".utf8),
            "%2e%2e/x": Data("literal".utf8),
            "../x": Data("outside".utf8),
        ]
    )

    static let traversals = [
        "/../site.yml", "/%2e%2e/x", "/a/%2e%2e/%2e%2e/x", "/..%2fx", "/%252e%252e/x", "/a\\..\\b",
        "/a/%5c..%5cb", "/%2E%2E/x", "/a/../b", "/./x", "/a/./../x", "/..", "/a/..", "/%00", "/x%00.html",
        "/%2e%2e%2fx", "/a/..%2f..%2fx", "/%c0%ae%c0%ae/x", "/a%2f..%2f..%2fx", "/%25%32%65%25%32%65/x",
        "x", "*", "../x", "/a%", "/a%2", "/a%zz", "/%0d%0aSet-Cookie:x",
    ]

    @Test(arguments: traversals)
    func aTraversalNeverReachesAFile(path: String) async throws {
        try await PreviewFixture.server(Self.site).makeApplication().test(.router) { client in
            for method in [HTTPRequest.Method.get, .head] {
                let response = try await client.execute(uri: path, method: method)
                #expect(response.status == .badRequest || response.status == .notFound, "\(path)")
                #expect(!response.text.contains("secret"))
                #expect(!response.text.contains("outside"))
                #expect(!response.text.contains("literal"))
            }
        }
    }

    @Test func traversalsOverALiveConnectionAreRefused() async throws {
        try await PreviewFixture.server(Self.site).makeApplication().test(.live) { client in
            for path in Self.traversals where path.hasPrefix("/") && !path.contains("\\") {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .badRequest || response.status == .notFound, "\(path)")
            }
        }
    }

    @Test func aTenKilobyteAddressIsRefused() async throws {
        let long = "/" + String(repeating: "a", count: 10 * 1024)
        let longQuery = "/?q=" + String(repeating: "b", count: 10 * 1024)
        try await PreviewFixture.server(Self.site).makeApplication().test(.router) { client in
            let get = try await client.execute(uri: long, method: .get)
            let query = try await client.execute(uri: longQuery, method: .get)
            let post = try await client.execute(uri: long, method: .post)
            #expect([get.status, query.status, post.status] == [.uriTooLong, .uriTooLong, .uriTooLong])
        }
        try await PreviewFixture.server(Self.site).makeApplication().test(.live) { client in
            let response = try await client.execute(uri: long, method: .get)
            #expect((400..<500).contains(response.status.code))
            #expect(try await client.execute(uri: "/", method: .get).status == .ok)
        }
    }

    @Test func pathsAreDecodedOnceAndNormalised() throws {
        let path = try RequestPath(raw: "/doetanks//caf%C3%A9/")
        #expect(path.segments == ["doetanks", "café"])
        #expect(path.isFolder)
        #expect(path.outputPath == "doetanks/café/index.html")
        #expect(path.folderLocation == "/doetanks/caf%C3%A9/")
        #expect(try RequestPath(raw: "/").outputPath == "index.html")
        #expect(try RequestPath(raw: "//").outputPath == "index.html")
        #expect(try RequestPath(raw: "/a+b%20c.pdf").outputPath == "a+b c.pdf")
        #expect(try RequestPath(raw: "/a%3Fb").folderLocation == "/a%3Fb/")
        #expect(throws: RequestPath.Problem.invalid) { try RequestPath(raw: "/%252e%252e/x") }
        #expect(throws: RequestPath.Problem.tooLong) {
            try RequestPath(raw: "/" + String(repeating: "a", count: RequestPath.maximumLength))
        }
    }

    @Test func contentTypesFallBackToOctetStream() {
        #expect(ContentType.forPath("a/b.ICS") == "text/calendar; charset=utf-8")
        #expect(ContentType.forPath("a.b/c") == "application/octet-stream")
        #expect(ContentType.forPath(".htaccess") == "application/octet-stream")
        #expect(ContentType.forPath("archive.tar.gz") == "application/octet-stream")
        #expect(ContentType.forPath("index.") == "application/octet-stream")
    }
}
