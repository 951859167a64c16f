import Foundation
import Hummingbird

/// The HTTP side of `slimmer serve`: serves a ``LiveSite`` from memory, with
/// live reload and an error overlay on every HTML page.
///
/// - `GET` and `HEAD` only (anything else is `405`); every answer carries
///   `Cache-Control: no-store`.
/// - `/` and `/folder/` serve `folder/index.html`; `/folder` redirects (`301`)
///   to `/folder/` when that page exists; anything else unknown is the site's
///   `404.html` with status `404`.
/// - `GET /__slimmer/events` is the Server-Sent Events stream of rebuilds.
///
/// Stopping: ``run()`` runs until the task that calls it is cancelled, then
/// returns promptly, also with live-reload streams open. The serve command
/// should therefore run it in a task and cancel that task on Ctrl-C (SIGINT)
/// and SIGTERM; this type installs no signal handlers.
///
/// ```swift
/// let server = PreviewServer(site: site)
/// let task = Task { try await server.run { port in print("http://127.0.0.1:\(port)/") } }
/// // on SIGINT / SIGTERM:
/// task.cancel()
/// try await task.value
/// ```
public struct PreviewServer: Sendable {
    /// The site the server shows.
    public let site: LiveSite
    /// The address to listen on; `127.0.0.1` keeps the preview on this machine.
    public let host: String
    /// The port to listen on; `0` picks a free one (see ``run(onListening:)``).
    public let port: Int
    /// How often an idle live-reload stream sends a keep-alive comment.
    var pingInterval = LiveReload.defaultPingInterval

    /// A server for `site` on `host:port`; nothing listens until ``run()``.
    public init(site: LiveSite, host: String = "127.0.0.1", port: Int = 1313) {
        self.site = site
        self.host = host
        self.port = port
    }

    /// Listens and answers requests until the calling task is cancelled.
    ///
    /// On cancellation it ends every live-reload stream (``LiveSite/closeAll()``),
    /// closes its connections and returns without an error. It throws when it
    /// cannot listen, for example when the port is taken.
    public func run() async throws {
        try await run(onListening: { _ in })
    }

    /// Like ``run()``, and calls `onListening` with the port once the server
    /// accepts connections (the real one when ``port`` is `0`).
    public func run(onListening: @escaping @Sendable (_ port: Int) async -> Void) async throws {
        let application = makeApplication(onListening: onListening)
        let site = site
        try await withTaskCancellationHandler {
            try await application.run()
        } onCancel: {
            Task { await site.closeAll() }
        }
    }

    /// The Hummingbird application behind ``run()``; tests drive it with `app.test(…)`.
    func makeApplication(
        onListening: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) -> Application<PreviewResponder> {
        let port = port
        var application = Application(
            responder: PreviewResponder(site: site, pingInterval: pingInterval),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) }
        )
        // Hummingbird logs a cancelled server as an error ("Waiting on child channel:
        // CancellationError()"); a preview stopped with Ctrl-C is no error. Its
        // `LOG_LEVEL` variable (e.g. `LOG_LEVEL=debug`) still shows everything.
        if ProcessInfo.processInfo.environment["LOG_LEVEL"] == nil {
            application.logger.logLevel = .critical
        }
        return application
    }

    /// Headers on every answer: never cache a preview, never sniff its types.
    static let commonHeaders: HTTPFields = [.cacheControl: "no-store", .xContentTypeOptions: "nosniff"]
}
