import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SlimmerServer

#if canImport(Glibc)
    import Glibc
#endif

/// A plain TCP connection to 127.0.0.1, for bytes no HTTP client would send and
/// for reading a response that never ends (the event stream).
///
/// The socket is blocking, so every call runs on its own thread, never on the
/// Swift concurrency pool; reads wake up every 100 ms to check their deadline.
/// Linux only, like the rest of Slimmer.
final class RawConnection: @unchecked Sendable {
    enum Failure: Error { case socket(Int32), timedOut(received: String), closed(received: String) }

    private let descriptor: Int32
    private let lock = NSLock()
    private var received = Data()

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close() }

    /// Connects to `127.0.0.1:port`.
    static func connect(port: Int) async throws -> RawConnection {
        try await onThread {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw Failure.socket(errno) }
            var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
            let result = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard result == 0 else {
                let error = errno
                Glibc.close(descriptor)
                throw Failure.socket(error)
            }
            return RawConnection(descriptor: descriptor)
        }
    }

    /// Sends `text` as it is.
    func send(_ text: String) async throws {
        let descriptor = descriptor
        try await Self.onThread {
            var bytes = Array(text.utf8)[...]
            while !bytes.isEmpty {
                let sent = bytes.withUnsafeBytes {
                    Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                }
                guard sent > 0 else { throw Failure.socket(errno) }
                bytes = bytes.dropFirst(sent)
            }
        }
    }

    /// Reads until everything received so far contains `marker`; returns all of it.
    func read(until marker: String, timeout: Duration = .seconds(10)) async throws -> String {
        try await read(timeout: timeout) { $0.contains(marker) }
    }

    /// Reads until everything received so far satisfies `isComplete`; returns all of it.
    func read(
        timeout: Duration = .seconds(10),
        until isComplete: @escaping @Sendable (String) -> Bool
    ) async throws -> String {
        try await Self.onThread {
            let deadline = ContinuousClock.now + timeout
            while true {
                let text = self.lock.withLock { String(decoding: self.received, as: UTF8.self) }
                if isComplete(text) { return text }
                guard ContinuousClock.now < deadline else { throw Failure.timedOut(received: text) }
                guard try self.receiveOnce() else { throw Failure.closed(received: text) }
            }
        }
    }

    /// Reads until the server closes the connection; returns everything received.
    func readToEnd(timeout: Duration = .seconds(10)) async throws -> String {
        try await Self.onThread {
            let deadline = ContinuousClock.now + timeout
            while try self.receiveOnce() {
                guard ContinuousClock.now < deadline else {
                    throw Failure.timedOut(
                        received: self.lock.withLock { String(decoding: self.received, as: UTF8.self) })
                }
            }
            return self.lock.withLock { String(decoding: self.received, as: UTF8.self) }
        }
    }

    /// Closes the socket (both directions).
    func close() {
        lock.withLock {
            if isOpen {
                Glibc.close(descriptor)
                isOpen = false
            }
        }
    }

    private var isOpen = true

    /// One `recv`: false at the end of the stream, true otherwise (also after a quiet 100 ms).
    private func receiveOnce() throws -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count > 0 {
            lock.withLock { received.append(contentsOf: buffer[..<count]) }
            return true
        }
        if count == 0 { return false }
        let error = errno
        if error == EAGAIN || error == EWOULDBLOCK || error == EINTR { return true }
        if error == ECONNRESET { return false }
        throw Failure.socket(error)
    }

    private static func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result(catching: body)) }
        }
    }
}

@Suite struct PreviewServerRawSocketTests {
    @Test func aMalformedRequestLineGetsBadRequestAndTheServerCarriesOn() async throws {
        try await PreviewFixture.server(PreviewFixture.site()).makeApplication().test(.live) { client in
            let port = try #require(client.port)
            for garbage in ["GARBAGE\r\n\r\n", "GET / HTTP/9.9 extra\r\n\r\n", "GET /\u{1}x HTTP/1.1\r\n\r\n"] {
                let connection = try await RawConnection.connect(port: port)
                try await connection.send(garbage)
                let answer = try await connection.readToEnd()
                #expect(answer.hasPrefix("HTTP/1.1 400"), "\(garbage.debugDescription): \(answer)")
                connection.close()
            }
            let fine = try await RawConnection.connect(port: port)
            try await fine.send("GET /robots.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            let answer = try await fine.readToEnd()
            #expect(answer.hasPrefix("HTTP/1.1 200"))
            #expect(answer.hasSuffix("User-agent: *"))
            #expect(try await client.execute(uri: "/", method: .get).status == .ok)
        }
    }

    @Test func rawTraversalsWithBackslashesAndDotsAreRefused() async throws {
        try await PreviewFixture.server(PreviewFixture.site()).makeApplication().test(.live) { client in
            let port = try #require(client.port)
            for target in ["/a\\..\\b", "/../site.yml", "/..%2findex.html", "/doetanks/../index.html"] {
                let connection = try await RawConnection.connect(port: port)
                try await connection.send("GET \(target) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                let answer = try await connection.readToEnd()
                #expect(answer.hasPrefix("HTTP/1.1 400") || answer.hasPrefix("HTTP/1.1 404"), "\(target): \(answer)")
                connection.close()
            }
        }
    }
}

@Suite struct PreviewServerHugeRequestTests {
    @Test(.timeLimit(.minutes(1)), arguments: [9 * 1024, 100 * 1024, 1024 * 1024])
    func aHugeRequestLineIsRefusedWithoutHarm(size: Int) async throws {
        try await PreviewFixture.server(PreviewFixture.site()).makeApplication().test(.live) { client in
            let port = try #require(client.port)
            let connection = try await RawConnection.connect(port: port)
            defer { connection.close() }
            let target = "/" + String(repeating: "a", count: size)
            try? await connection.send("GET \(target) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            let answer = (try? await connection.readToEnd()) ?? ""
            // 414 from the server up to 80 KB, 400 from the HTTP parser beyond; a reset
            // that drops the answer is acceptable too, as long as the server carries on.
            #expect(answer.isEmpty || answer.hasPrefix("HTTP/1.1 4"), "\(answer.prefix(40))")
            let after = try await client.execute(uri: "/", method: .get)
            #expect(after.status == .ok)
        }
    }
}
