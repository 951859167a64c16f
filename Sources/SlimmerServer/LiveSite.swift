import Foundation
import SlimmerContent

/// The site as the preview server shows it: the last good build's files, the
/// current build's problems, and a stream of rebuild events for live reload.
///
/// The builder calls `publish`; the HTTP side reads files and subscribes.
public actor LiveSite {
    /// What subscribers hear after each rebuild.
    public struct Event: Sendable, Hashable {
        /// Increases by one with every rebuild.
        public var version: Int
        /// True when only stylesheets changed, so a page can swap them without reloading.
        public var cssOnly: Bool
        /// True when the build had errors (the overlay shows them).
        public var hasErrors: Bool
    }

    public private(set) var files: [String: Data] = [:]
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var version = 0
    private var subscribers: [UUID: AsyncStream<Event>.Continuation] = [:]

    public init(files: [String: Data] = [:], diagnostics: [Diagnostic] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }

    /// The file at an output path (`doetanks/x/index.html`), if the site has it.
    public func file(at path: String) -> Data? {
        files[path]
    }

    /// Replaces the site after a rebuild. With errors, `files` is nil and the
    /// last good files stay, shown under the error overlay.
    public func publish(files newFiles: [String: Data]?, diagnostics newDiagnostics: [Diagnostic], cssOnly: Bool) {
        if let newFiles { files = newFiles }
        diagnostics = newDiagnostics
        version += 1
        let event = Event(version: version, cssOnly: cssOnly, hasErrors: newDiagnostics.hasErrors)
        for continuation in subscribers.values { continuation.yield(event) }
    }

    /// Rebuild events from now on; the stream ends when the subscriber stops listening.
    public func subscribe() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(4))
        let id = UUID()
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        return stream
    }

    /// Ends every subscription, so that open event streams close at shutdown.
    public func closeAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }

    /// How many clients are listening, for tests and the terminal line.
    public var subscriberCount: Int { subscribers.count }

    private func unsubscribe(_ id: UUID) {
        subscribers[id] = nil
    }
}
