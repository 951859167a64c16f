import Foundation
import SlimmerContent
import SlimmerTemplates
import Testing

@testable import SlimmerRender

@Suite struct ViewContextTests {
    static let zone = TimeZone(identifier: "Europe/Amsterdam")!
    let months = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december",
    ]

    func context() -> ViewContext {
        let fileSystem = MemoryFileSystem(texts: ["site.yml": "title: T\nbaseURL: https://example.org/sub/\n"])
        let config = SiteConfig.load(from: fileSystem).0!
        let content = LoadedContent(items: [], homeBody: "", diagnostics: [])
        let graph = Linker(config: config, now: Date(timeIntervalSince1970: 0), includeDrafts: false).link(content).0
        let bodies = BodyRenderer(graph: graph, knownFiles: []).render().0
        return ViewContext(graph: graph, bodies: bodies, translations: Translations(strings: [:], months: months))
    }

    func date(_ text: String) -> DateValue {
        try! DateValue.parse(text, timeZone: Self.zone).get()
    }

    func event(_ start: String, _ end: String?) -> Event {
        Event(
            eventKind: .netwerkcafe, start: date(start), end: end.map(date), location: nil, online: nil,
            registration: nil, doetanks: [], capacity: nil)
    }

    @Test func datesAreWrittenInDutch() {
        #expect(context().displayDate(date("2026-03-12")) == "12 maart 2026")
        #expect(context().date(date("2026-12-01T09:05"))?["time"] == .string("09:05"))
        #expect(context().date(date("2026-12-01"))?["time"] == nil)
    }

    @Test func eventTimesAreWrittenAsARange() {
        let view = context()
        #expect(view.when(event("2026-03-12T14:00", "2026-03-12T17:00")) == "12 maart 2026, 14:00–17:00")
        #expect(view.when(event("2026-03-12T14:00", nil)) == "12 maart 2026, 14:00")
        #expect(view.when(event("2026-03-12", "2026-03-13")) == "12 maart 2026 – 13 maart 2026")
    }

    @Test func linksCarryTheBasePath() {
        let base = context().base(path: "doetanks/", title: "Doetanks", description: "", kind: "section")
        #expect(base["page"]?["url"] == .string("/sub/doetanks/"))
        #expect(base["page"]?["canonical"] == .string("https://example.org/sub/doetanks/"))
        #expect(base["assets"]?["css"] == .string("/sub/css/style.css"))
    }
}
