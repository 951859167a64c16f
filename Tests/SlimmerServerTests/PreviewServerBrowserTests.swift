import Foundation
import SlimmerContent
import Testing

@testable import SlimmerServer

@Suite struct PreviewServerBrowserTests {
    static func files(_ title: String) -> [String: Data] {
        [
            "index.html": Data("<html><head><title>\(title)</title><link rel=\"stylesheet\" href=\"/s.css\"></head><body><p>x</p><script>addEventListener('load',()=>{const l=document.querySelector('link');if(document.getElementById('slimmer-overlay'))document.title+=' overlay';l.addEventListener('load',()=>{document.title+=' css='+l.href.split('?')[1]})})</script></body></html>".utf8),
            "s.css": Data("p{color:red}".utf8),
        ]
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SLIMMER_BROWSER"] != nil))
    func browserScenario() async throws {
        let site = LiveSite(files: Self.files("v0"))
        let first = Task { try await PreviewServer(site: site, port: 18413).run() }
        try await Task.sleep(for: .seconds(6))
        await site.publish(files: Self.files("v1"), diagnostics: [], cssOnly: false)
        try await Task.sleep(for: .seconds(4))
        await site.publish(files: Self.files("v2"), diagnostics: [], cssOnly: true)
        try await Task.sleep(for: .seconds(4))
        await site.publish(files: nil, diagnostics: [.init(file: "<b>x.md", line: 1, message: "kapot")], cssOnly: false)
        try await Task.sleep(for: .seconds(4))
        await site.publish(files: nil, diagnostics: [.init(file: "<b>x.md", line: 1, message: "kapot")], cssOnly: true)
        try await Task.sleep(for: .seconds(4))
        await site.publish(files: Self.files("v4"), diagnostics: [], cssOnly: true)
        try await Task.sleep(for: .seconds(4))
        first.cancel()
        try await first.value
        print("SERVER STOPPED")
        try await Task.sleep(for: .seconds(2))
        let second = Task { try await PreviewServer(site: LiveSite(files: Self.files("v3")), port: 18413).run() }
        try await Task.sleep(for: .seconds(8))
        second.cancel()
        try await second.value
    }
}

@Suite struct PreviewServerScreenshotTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SLIMMER_SHOT"] != nil))
    func overlayScreenshot() async throws {
        var files: [String: Data] = [:]
        let root = URL(fileURLWithPath: "/work/main/public")
        for path in ["index.html"] {
            files[path] = try Data(contentsOf: root.appendingPathComponent(path))
        }
        let css = try FileManager.default.contentsOfDirectory(atPath: "/work/main/public/css")
        for name in css { files["css/" + name] = try Data(contentsOf: root.appendingPathComponent("css/" + name)) }
        let diagnostics = [
            Diagnostic(file: "content/events/<script>alert(1)</script>.md", line: 4, column: 9, message: "Unknown kind \"borrel\"", hint: "Use netwerkcafe, grand-cafe, doetank-session or other."),
            Diagnostic(file: "content/doetanks/x.md", line: 12, message: "The date 2026-02-30 does not exist", hint: "Check the day and month."),
            Diagnostic(file: "content/cases/y.md", line: 3, severity: .warning, message: "Image without alt text"),
        ]
        let site = LiveSite(files: files, diagnostics: diagnostics)
        let server = Task { try await PreviewServer(site: site, port: 18414).run() }
        try await Task.sleep(for: .seconds(60))
        server.cancel()
        try await server.value
    }
}
