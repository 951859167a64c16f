import ArgumentParser
import Foundation
import Slimmer
import SlimmerContent
import SlimmerServer

/// `slimmer serve`: builds the site into memory, serves it on loopback, and
/// rebuilds what each saved file touches, reloading the browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build into memory, serve it, rebuild and reload the browser on every save.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The address to listen on; anything but loopback must be asked for explicitly.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on.")
    var port = 1313

    @Flag(name: .long, help: "Open the site in the default browser.")
    var open = false

    /// What the watcher follows, relative to the site's root.
    static let watched = ["content", "themes", "templates", "static", "data", SiteConfig.fileName]

    func run() async throws {
        let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
        var options = try site.buildOptions()
        options.baseURL = address
        var session = SiteSession(fileSystem: site.fileSystem, options: options)
        let report = session.build()
        site.report(report.diagnostics)
        let live = LiveSite(files: session.fileTable, diagnostics: session.diagnostics)
        say(Summary(report: report, output: nil).text)
        let watcher = try FileWatcher(root: site.sourceURL, paths: Self.watched)
        let server = PreviewServer(site: live, host: host, port: port)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await server.run { port in
                    say("Serving \(address) (Ctrl-C stops)")
                    if open { Self.openBrowser(address) }
                }
            }
            group.addTask { [session] in
                var session = session
                for await batch in watcher.changes() {
                    let summary = session.rebuild(batch.map(\.path))
                    site.report(summary.errors > 0 ? session.diagnostics : [])
                    await live.publish(
                        files: summary.errors > 0 ? nil : session.fileTable, diagnostics: session.diagnostics,
                        cssOnly: summary.cssOnly)
                    say(summary.line)
                }
            }
            group.addTask {
                await Self.waitForInterrupt()
                watcher.stop()
                await live.closeAll()
                throw CancellationError()
            }
            do {
                try await group.next()
            } catch is CancellationError {
                say("Stopped.")
            }
            group.cancelAll()
        }
    }

    /// Returns when the user presses Ctrl-C (SIGINT) or the process gets SIGTERM.
    static func waitForInterrupt() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = OnceFlag()
            for sig in [SIGINT, SIGTERM] {
                signal(sig, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
                source.setEventHandler {
                    if once.claim() { continuation.resume() }
                }
                source.resume()
                SignalSources.keep(source)
            }
        }
    }

    /// One line on standard output, unbuffered: a rebuild's line must appear
    /// at once, also when the output is a pipe.
    func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func openBrowser(_ address: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", address]
        try? process.run()
    }
}

/// Keeps signal sources alive for the life of the process.
private enum SignalSources {
    nonisolated(unsafe) static var sources: [DispatchSourceSignal] = []
    static let lock = NSLock()

    static func keep(_ source: DispatchSourceSignal) {
        lock.lock()
        sources.append(source)
        lock.unlock()
    }
}

/// True for the first caller only.
private final class OnceFlag: @unchecked Sendable {
    private var claimed = false
    private let lock = NSLock()

    func claim() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if claimed { return false }
        claimed = true
        return true
    }
}
