import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SlimmerServer

/// Tells the test the port a running server listens on.
private actor PortBox {
    private var waiters: [CheckedContinuation<Int, Never>] = []
    private var port: Int?

    func set(_ value: Int) {
        port = value
        for waiter in waiters { waiter.resume(returning: value) }
        waiters.removeAll()
    }

    func value() async -> Int {
        if let port { return port }
        return await withCheckedContinuation { waiters.append($0) }
    }
}

@Suite struct PreviewServerShutdownTests {
    @Test(.timeLimit(.minutes(1)))
    func cancellingRunStopsAtOnceWithAnOpenEventStream() async throws {
        let site = PreviewFixture.site()
        let server = PreviewFixture.server(site)
        let box = PortBox()
        let task = Task { try await server.run { await box.set($0) } }
        let port = await box.value()
        #expect(port > 0)

        let connection = try await RawConnection.connect(port: port)
        defer { connection.close() }
        try await connection.send("GET /__slimmer/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
        _ = try await connection.read(until: "retry: 1000\n\n")
        let idle = try await RawConnection.connect(port: port)
        defer { idle.close() }
        try await idle.send("GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n")
        _ = try await idle.read(until: "User-agent: *")

        let clock = ContinuousClock()
        let start = clock.now
        task.cancel()
        try await task.value
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(2), "run() took \(elapsed) to stop")
        // The open event stream ends too: the server closes the connection.
        let everything = try await connection.readToEnd(timeout: .seconds(5))
        #expect(everything.contains("retry: 1000"))
        await #expect(throws: RawConnection.Failure.self) {
            let late = try await RawConnection.connect(port: port)
            try await late.send("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            _ = try await late.read(until: "HTTP/1.1")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func runThrowsWhenThePortIsTaken() async throws {
        let site = PreviewFixture.site()
        let box = PortBox()
        let first = Task { try await PreviewFixture.server(site).run { await box.set($0) } }
        let port = await box.value()
        await #expect(throws: (any Error).self) {
            try await PreviewServer(site: site, host: "127.0.0.1", port: port).run()
        }
        first.cancel()
        try await first.value
    }
}
