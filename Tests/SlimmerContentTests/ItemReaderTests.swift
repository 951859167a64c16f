import Foundation
import Testing

@testable import SlimmerContent

@Suite struct ItemReaderTests {
    let reader = ItemReader(config: TestSite.loadedConfig())

    @Test func readsAnEventWithTypedFields() throws {
        let (item, diagnostics) = reader.read(file: "content/events/x.md", kind: .event, text: TestSite.event)
        #expect(diagnostics.isEmpty)
        let event = try #require(item)
        #expect(event.slug == "x")
        #expect(event.themes.map(\.value) == ["slimmer-werken"])
        guard case .event(let details) = event.details else { Issue.record("not an event"); return }
        #expect(details.eventKind == .netwerkcafe)
        #expect(details.start.iso == "2026-03-12T14:00:00+01:00")
        #expect(details.location?.city == "Amsterdam")
        #expect(details.doetanks.first?.line == 8)
    }

    @Test func unknownKeyIsAnErrorWithSuggestionAtItsLine() {
        let text = TestSite.study.replacingOccurrences(of: "summary:", with: "sumary:")
        let (_, diagnostics) = reader.read(file: "content/cases/a.md", kind: .case, text: text)
        #expect(
            diagnostics.map(\.description) == [
                "content/cases/a.md:1:1: error: required field \"summary\" is missing. Add a line such as `summary: Eén of twee zinnen.`.",
                "content/cases/a.md:3:1: error: unknown field \"sumary\". Did you mean \"summary\"?",
            ])
    }

    @Test func everyProblemInAFileIsReportedTogether() {
        let text = """
            ---
            title: Sessie
            summary: Kort.
            kind: netwerkcafé
            start: 2026-02-30T14:00
            online: niet-een-adres
            themes: [slimmer-werken]
            capacity: veel
            ---
            """
        let (item, diagnostics) = reader.read(file: "content/events/s.md", kind: .event, text: text)
        // The item comes back despite its errors, so that the link step still checks its terms and references.
        #expect(item?.themes.map(\.value) == ["slimmer-werken"])
        #expect(
            diagnostics.map(\.description) == [
                "content/events/s.md:4:7: error: \"kind\" must be one of netwerkcafe, grand-cafe, doetank-session, other, not \"netwerkcafé\". Did you mean \"netwerkcafe\"?",
                "content/events/s.md:5:8: error: \"start\" is not a real date: February 2026 has 28 days: \"2026-02-30T14:00\". Write a date as YYYY-MM-DD or a date and time as YYYY-MM-DDTHH:MM, for example 2026-03-12T14:00.",
                "content/events/s.md:6:9: error: \"online\" is not a web address: \"niet-een-adres\". Write a full address starting with https://.",
                "content/events/s.md:8:11: error: \"capacity\" must be a whole number. Write it as digits, for example `capacity: 40`.",
            ])
    }

    @Test func brokenYAMLIsReportedAtItsFileLine() {
        let text = "---\ntitle: A\nsummary: [unclosed\n---\n"
        let (item, diagnostics) = reader.read(file: "content/cases/b.md", kind: .case, text: text)
        #expect(item == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 4)
        #expect(diagnostics.first?.message.hasPrefix("invalid YAML") == true)
    }

    @Test func fileWithoutFrontMatterIsNamed() {
        let (_, diagnostics) = reader.read(file: "content/pages/p.md", kind: .page, text: "# Hallo\n")
        #expect(diagnostics.map(\.message) == ["the file has no front matter"])
    }

    @Test func slugFieldMustBeURLSafe() {
        let text = "---\ntitle: Over ons\nslug: Over Ons\n---\n"
        let (item, diagnostics) = reader.read(file: "content/pages/p.md", kind: .page, text: text)
        #expect(item == nil)
        #expect(diagnostics.first?.hint == "Write `slug: over-ons`.")
    }

    @Test func fileStemMatchesFoundationsPathMethods() {
        for path in ["content/casussen/a.md", "a.md", "content/pages/.verborgen", "b", "x/y.z.md", "x/y."] {
            let foundation = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            #expect(String(ItemReader.stem(of: path)) == foundation, "\(path)")
        }
    }

    @Test func fileNameGivesAFoldedSlug() throws {
        let text = "---\ntitle: Efficiënter\n---\n"
        let (item, _) = reader.read(file: "content/pages/Efficiënter werken.md", kind: .page, text: text)
        #expect(try #require(item).slug == "efficienter-werken")
    }
}

@Suite struct SortKeyTests {
    @Test func asciiTitlesFoldAsFoundationFoldsThem() {
        for title in [
            "Zorg & Welzijn", "ABC-123 xyz", "Ik [ben] ~de~ {titel}?", "", "Efficiënter werken", "ÉÉN Straße",
        ] {
            let foundation = title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            #expect(Item.sortKey(title) == foundation, "\(title)")
        }
    }
}
