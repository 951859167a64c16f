import Foundation
import Testing

@testable import SlimmerContent

@Suite struct NextChangeTests {
    func moment(_ text: String) -> Date {
        try! DateValue.parse(text, timeZone: TimeZone(identifier: "Europe/Amsterdam")!).get().instant
    }

    func items(_ overrides: [String: String] = [:]) -> [Item] {
        let fileSystem = TestSite.fileSystem(overrides)
        return ContentLoader(fileSystem: fileSystem, config: SiteConfig.load(from: fileSystem).0!).load().items
    }

    @Test func anEventEndingIsTheNextChange() throws {
        let change = try #require(NextChange.after(moment("2026-03-01"), items: items(), includeDrafts: false))
        #expect(change.moment.instant == moment("2026-03-12T17:00"))
        #expect(change.file == "content/events/netwerkcafe-maart.md")
        #expect(change.reason == "becomes past")
    }

    @Test func anEarlierPublishDateComesFirstButDraftsOnlyWithDrafts() throws {
        let study = TestSite.study.replacingOccurrences(of: "title:", with: "publishDate: 2026-03-05T09:00\ntitle:")
        let change = NextChange.after(
            moment("2026-03-01"), items: items(["content/cases/schuldhulp.md": study]), includeDrafts: false)
        #expect(change?.reason == "is published")
        #expect(change?.moment.instant == moment("2026-03-05T09:00"))
        let draft = study.replacingOccurrences(of: "title:", with: "draft: true\ntitle:")
        let later = NextChange.after(
            moment("2026-03-01"), items: items(["content/cases/schuldhulp.md": draft]), includeDrafts: false)
        #expect(later?.reason == "becomes past")
    }

    @Test func nothingChangesAfterEverythingIsPast() {
        #expect(NextChange.after(moment("2027-01-01"), items: items(), includeDrafts: false) == nil)
    }
}
