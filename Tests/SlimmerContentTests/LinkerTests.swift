import Foundation
import Testing

@testable import SlimmerContent

@Suite struct LinkerTests {
    @Test func validSiteLinksWithoutDiagnosticsAndWithBacklinks() throws {
        let (graph, diagnostics) = TestSite.link()
        #expect(diagnostics.isEmpty)
        let doetank = try #require(graph.item(kind: .doetank, slug: "maatschappelijke-rekenkamer"))
        #expect(graph.backlinks(to: doetank, of: .case).map(\.slug) == ["schuldhulp"])
        #expect(graph.backlinks(to: doetank, of: .event).map(\.slug) == ["netwerkcafe-maart"])
        #expect(
            graph.themeIndex["publieke-waarde"]?.sorted() == ["case/schuldhulp", "doetank/maatschappelijke-rekenkamer"])
    }

    @Test func unknownThemeAndBrokenReferenceGetSuggestions() {
        let study = TestSite.study
            .replacingOccurrences(
                of: "doetank: maatschappelijke-rekenkamer", with: "doetank: maatschapelijke-rekenkamer"
            )
            .replacingOccurrences(of: "themes: [publieke-waarde]", with: "themes: [publieke-waarden]")
        let (_, diagnostics) = TestSite.link(["content/cases/schuldhulp.md": study])
        #expect(
            diagnostics.map(\.description).sorted() == [
                "content/cases/schuldhulp.md:4:10: error: there is no doetank \"maatschapelijke-rekenkamer\". Did you mean \"maatschappelijke-rekenkamer\"?",
                "content/cases/schuldhulp.md:5:10: error: unknown theme \"publieke-waarden\". Did you mean \"publieke-waarde\"?",
            ])
    }

    @Test func twoFilesClaimingOneURLAreBothNamed() {
        let copy = TestSite.study + "\n"
        let moved = copy.replacingOccurrences(of: "title: Schuldhulp", with: "slug: schuldhulp\ntitle: Schuldhulp")
        let (_, diagnostics) = TestSite.link(["content/cases/kopie.md": moved])
        #expect(
            diagnostics.map(\.file) == ["content/cases/kopie.md", "content/cases/schuldhulp.md"].sorted()
                || diagnostics.map(\.file).sorted() == ["content/cases/kopie.md", "content/cases/schuldhulp.md"])
        #expect(diagnostics.allSatisfy { $0.message.contains("/casussen/schuldhulp/") })
    }

    @Test func draftsAndFutureAndExpiredItemsAreLeftOut() {
        let draft = TestSite.study.replacingOccurrences(of: "title:", with: "draft: true\ntitle:")
        let future = TestSite.event.replacingOccurrences(of: "title:", with: "publishDate: 2026-07-01\ntitle:")
        #expect(TestSite.link(["content/cases/schuldhulp.md": draft]).0.item(kind: .case, slug: "schuldhulp") == nil)
        #expect(
            TestSite.link(["content/cases/schuldhulp.md": draft], drafts: true).0.item(kind: .case, slug: "schuldhulp")
                != nil)
        #expect(TestSite.link(["content/events/netwerkcafe-maart.md": future]).0.items(of: .event).isEmpty)
        #expect(
            TestSite.link(["content/events/netwerkcafe-maart.md": future], now: "2026-07-01").0.items(of: .event).count
                == 1)
        let expired = TestSite.study.replacingOccurrences(of: "title:", with: "expiryDate: 2026-05-01\ntitle:")
        #expect(TestSite.link(["content/cases/schuldhulp.md": expired]).0.items(of: .case).isEmpty)
    }

    @Test func eventsAreUpcomingUntilTheyEnd() {
        #expect(TestSite.link(now: "2026-03-12T16:59").0.upcomingEvents.count == 1)
        #expect(TestSite.link(now: "2026-03-12T17:01").0.pastEvents.count == 1)
    }

    @Test func pageCannotTakeASectionsURL() {
        let (_, diagnostics) = TestSite.link(["content/pages/doetanks.md": "---\ntitle: Doetanks\n---\n"])
        #expect(diagnostics.map(\.message) == ["the URL /doetanks/ is already a section of the site"])
    }
}

extension Item: Equatable {
    public static func == (lhs: Item, rhs: Item) -> Bool { lhs.id == rhs.id && lhs.file == rhs.file }
}
