import Foundation
import Hummingbird
import HummingbirdTesting
import SlimmerContent
import Testing

@testable import SlimmerServer

@Suite struct PreviewServerLiveReloadTests {
    @Test func theScriptIsTinyAndInEveryHTMLPageButNotInOtherFiles() async throws {
        #expect(LiveReload.script.utf8.count < 1536)
        #expect(!LiveReload.script.dropFirst(8).contains("<script"))
        let app = PreviewFixture.server(PreviewFixture.site()).makeApplication()
        try await app.test(.router) { client in
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.text.hasSuffix(LiveReload.script + "</body></html>"))
            #expect(home.text.contains("new EventSource(\"/__slimmer/events\")"))
            for path in ["/css/site.css", "/js/site.js", "/img/logo.svg", "/sitemap.xml", "/data/search.json"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(!response.text.contains("EventSource"), "\(path)")
                #expect(!response.text.contains("slimmer-overlay"), "\(path)")
            }
        }
    }

    @Test func theScriptGoesBeforeTheLastBodyEndTagOrAtTheEnd() {
        let inject = { (page: String) in
            String(decoding: LiveReload.inject("[S]", into: Data(page.utf8)), as: UTF8.self)
        }
        #expect(inject("<body>a</body></html>") == "<body>a[S]</body></html>")
        #expect(inject("<body><pre>&lt;/body></pre>x</BODY>") == "<body><pre>&lt;/body></pre>x[S]</BODY>")
        #expect(inject("<p>no body tag</p>") == "<p>no body tag</p>[S]")
        #expect(inject("") == "[S]")
        #expect(inject("</body>") == "[S]</body>")
        let latin1 = Data([0x3C, 0x70, 0x3E, 0xE9, 0x3C, 0x2F, 0x62, 0x6F, 0x64, 0x79, 0x3E])
        #expect(LiveReload.inject("[S]", into: latin1) == Data([0x3C, 0x70, 0x3E, 0xE9]) + Data("[S]</body>".utf8))
    }

    @Test func theEventMessageIsServerSentEventsWithJSON() {
        let event = LiveSite.Event(version: 7, cssOnly: true, hasErrors: false)
        #expect(
            LiveReload.message(for: event)
                == "event: reload\ndata: {\"version\":7,\"cssOnly\":true,\"hasErrors\":false}\n\n")
    }

    @Test(.timeLimit(.minutes(1)))
    func theEventStreamAnnouncesARebuild() async throws {
        let site = PreviewFixture.site()
        let app = PreviewFixture.server(site).makeApplication()
        try await app.test(.live) { client in
            let connection = try await RawConnection.connect(port: try #require(client.port))
            defer { connection.close() }
            try await connection.send(
                "GET /__slimmer/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
            let head = try await connection.read(until: "retry: 1000\n\n")
            #expect(head.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(head.lowercased().contains("content-type: text/event-stream\r\n"))
            #expect(head.lowercased().contains("cache-control: no-store\r\n"))
            #expect(await site.subscriberCount == 1)

            await site.publish(files: nil, diagnostics: [], cssOnly: true)
            let first = try await connection.read(until: "event: reload\n")
            #expect(first.contains("event: reload\ndata: {\"version\":1,\"cssOnly\":true,\"hasErrors\":false}\n\n"))

            let error = Diagnostic(file: "content/x.md", line: 1, message: "kapot")
            await site.publish(files: nil, diagnostics: [error], cssOnly: false)
            let second = try await connection.read(until: "\"version\":2")
            #expect(second.contains("data: {\"version\":2,\"cssOnly\":false,\"hasErrors\":true}\n\n"))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func anIdleEventStreamSendsPings() async throws {
        let site = PreviewFixture.site()
        let app = PreviewFixture.server(site, pingInterval: .milliseconds(100)).makeApplication()
        try await app.test(.live) { client in
            let connection = try await RawConnection.connect(port: try #require(client.port))
            defer { connection.close() }
            try await connection.send("GET /__slimmer/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
            let text = try await connection.read { $0.components(separatedBy: ": ping\n\n").count > 2 }
            #expect(text.contains("retry: 1000\n\n"))
            #expect(!text.contains("event: reload"))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aClientThatGoesAwayIsUnsubscribed() async throws {
        let site = PreviewFixture.site()
        let app = PreviewFixture.server(site).makeApplication()
        try await app.test(.live) { client in
            let connection = try await RawConnection.connect(port: try #require(client.port))
            try await connection.send("GET /__slimmer/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
            _ = try await connection.read(until: "retry: 1000\n\n")
            #expect(await site.subscriberCount == 1)
            connection.close()
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(10)
            while await site.subscriberCount > 0, clock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(await site.subscriberCount == 0)
            #expect(try await client.execute(uri: "/", method: .get).status == .ok)
        }
    }

    @Test func headOnTheEventStreamDoesNotSubscribe() async throws {
        let site = PreviewFixture.site()
        try await PreviewFixture.server(site).makeApplication().test(.router) { client in
            let response = try await client.execute(uri: LiveReload.eventsPath, method: .head)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream")
            #expect(response.body.readableBytes == 0)
            #expect(await site.subscriberCount == 0)
        }
    }
}
