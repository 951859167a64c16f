import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SlimmerServer

/// Many clients at once against a live server on the loopback interface.
@Suite struct LoadTests {
    private struct Expectation: Sendable {
        var path: String
        var method: HTTPRequest.Method
        var status: Int
        var bodyContains: String?
    }

    private static let mix: [Expectation] = [
        .init(path: "/", method: .get, status: 200, bodyContains: "<h1>Welkom</h1>"),
        .init(path: "/doetanks/", method: .get, status: 200, bodyContains: "<h1>Doetanks</h1>"),
        .init(path: "/doetanks", method: .get, status: 301),
        .init(path: "/css/site.css", method: .get, status: 200, bodyContains: "body {"),
        .init(path: "/css/site.css", method: .head, status: 200),
        .init(path: "/bestaat-niet", method: .get, status: 404, bodyContains: "Pagina niet gevonden"),
        .init(path: "/../site.yml", method: .get, status: 400),
        .init(path: "/%2e%2e/x", method: .get, status: 400),
        .init(path: "/a/%2e%2e/%2e%2e/x", method: .get, status: 400),
        .init(path: "/..%2fx", method: .get, status: 400),
        .init(path: "/%252e%252e/x", method: .get, status: 400),
        .init(path: "/a%5c..%5cb", method: .get, status: 400),
        .init(path: "/", method: .post, status: 405),
        .init(path: "/robots.txt", method: .delete, status: 405),
        .init(path: "/img/a.png", method: .get, status: 200, bodyContains: "png"),
        .init(path: "/agenda/cafe.ics?x=1", method: .get, status: 200, bodyContains: "BEGIN:VCALENDAR"),
    ]

    static let clients = 16
    static let totalRequests = 2_000

    @Test(.timeLimit(.minutes(1)))
    func sixteenClientsTwoThousandRequestsAStreamThatLeavesAndGarbage() async throws {
        let site = PreviewFixture.site()
        let app = PreviewFixture.server(site).makeApplication()
        let clock = ContinuousClock()
        let start = clock.now
        try await app.test(.live) { client in
            let port = try #require(client.port)
            try await withThrowingTaskGroup(of: [String].self) { group in
                for index in 0..<Self.clients {
                    group.addTask { try await Self.runClient(index, port: port) }
                }
                group.addTask { try await Self.openStreamAndLeave(site: site, port: port) }
                group.addTask { try await Self.sendGarbage(port: port) }
                var failures: [String] = []
                for try await clientFailures in group { failures += clientFailures }
                #expect(failures.isEmpty, "\(failures.count) wrong answers, first: \(failures.prefix(5))")
            }
            #expect(try await client.execute(uri: "/", method: .get).status == .ok)
            let deadline = clock.now + .seconds(10)
            while await site.subscriberCount > 0, clock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(await site.subscriberCount == 0)
        }
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    /// One keep-alive connection making its share of the requests; returns what went wrong.
    private static func runClient(_ index: Int, port: Int) async throws -> [String] {
        try await TestClient.withClient(host: "127.0.0.1", port: port) { connection in
            var failures: [String] = []
            for number in 0..<(totalRequests / clients) {
                let expected = mix[(index + number) % mix.count]
                let body = expected.method == .get || expected.method == .head ? nil : ByteBuffer(string: "x")
                let request = TestClient.Request(
                    expected.path, method: expected.method, authority: "localhost", headers: [:], body: body)
                let response = try await connection.execute(request)
                let text = response.body.map { String(buffer: $0) } ?? ""
                if response.head.status.code != expected.status {
                    failures.append("\(expected.method) \(expected.path): \(response.head.status.code)")
                } else if let part = expected.bodyContains, !text.contains(part) {
                    failures.append("\(expected.method) \(expected.path): body \(text.prefix(80))")
                } else if expected.method == .head, !text.isEmpty {
                    failures.append("HEAD \(expected.path) has a body")
                }
            }
            return failures
        }
    }

    /// Opens the event stream, hears one rebuild, and hangs up in the middle of the stream.
    private static func openStreamAndLeave(site: LiveSite, port: Int) async throws -> [String] {
        let connection = try await RawConnection.connect(port: port)
        try await connection.send("GET /__slimmer/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
        _ = try await connection.read(until: "retry: 1000\n\n")
        await site.publish(files: nil, diagnostics: [], cssOnly: true)
        let text = try await connection.read(until: "event: reload\n")
        connection.close()
        return text.contains("\"cssOnly\":true") ? [] : ["event stream: \(text)"]
    }

    /// A malformed request line over a raw socket gets a 400 and a closed connection.
    private static func sendGarbage(port: Int) async throws -> [String] {
        let connection = try await RawConnection.connect(port: port)
        defer { connection.close() }
        try await connection.send("THIS IS NOT HTTP\r\n\r\n")
        let answer = try await connection.readToEnd()
        return answer.hasPrefix("HTTP/1.1 400") ? [] : ["garbage: \(answer)"]
    }
}
