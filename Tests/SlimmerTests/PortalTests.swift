import Foundation
import SlimmerContent
import SlimmerRender
import Testing

@testable import Slimmer

/// The real Slimmernetwerk portal in this repository.
@Suite struct PortalTests {
    static let now = try! DateValue.parse("2026-12-01T12:00", timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        .get().instant

    @Test func portalBuildsWithoutAnyDiagnostic() {
        let (report, _) = Fixtures.build(Fixtures.repository, now: Self.now)
        #expect(report.diagnostics.map(\.description) == [])
        #expect(report.succeeded)
    }

    /// The theme's card reads nothing but the card, so every card is
    /// rendered once per build instead of on every list page it is on.
    @Test func everyCardIsRenderedOnce() throws {
        var session = SiteSession(
            fileSystem: LocalFileSystem(root: Fixtures.repository), options: BuildOptions(now: Self.now))
        let report = session.build(into: MemoryOutputWriter())
        try #require(report.succeeded)
        let items = try #require(session.graph?.items)
        #expect(items.count >= 20)
        #expect(session.cards?.prerendered == items.count)
    }

    /// Without JavaScript the search page offers every theme and topic index
    /// and hides the form that only the script can answer.
    @Test func theSearchPageWorksWithoutJavaScript() throws {
        let (report, built) = Fixtures.build(Fixtures.repository, now: Self.now)
        try #require(report.succeeded)
        let page = String(decoding: try #require(built["zoeken/index.html"]), as: UTF8.self)
        let form = try #require(page.range(of: #"<form[^>]*data-search-index[^>]*>"#, options: .regularExpression))
        #expect(page[form].contains(" hidden"))
        let config = try #require(SiteConfig.load(from: LocalFileSystem(root: Fixtures.repository)).0)
        for term in config.themes { #expect(page.contains("href=\"/themas/\(term.slug)/\""), "\(term.slug)") }
        for term in config.topics { #expect(page.contains("href=\"/onderwerpen/\(term.slug)/\""), "\(term.slug)") }
        #expect(built["zoeken/index.json"] != nil)
    }

    @Test func everyItemThemeAndTopicHasItsPage() throws {
        let (report, built) = Fixtures.build(Fixtures.repository, now: Self.now)
        try #require(report.succeeded)
        let fileSystem = LocalFileSystem(root: Fixtures.repository)
        let (config, _) = SiteConfig.load(from: fileSystem)
        let site = try #require(config)
        let content = ContentLoader(fileSystem: fileSystem, config: site).load()
        let permalinks = Permalinks(config: site)
        let published = content.items.filter { !$0.draft }
        #expect(published.count >= 20)
        for item in published {
            #expect(built[permalinks.path(of: item) + "index.html"] != nil, "no page for \(item.file)")
        }
        for term in site.themes {
            #expect(
                built[permalinks.path(term: term.slug, in: .theme) + "index.html"] != nil,
                "no page for theme \(term.slug)")
        }
        for term in site.topics {
            #expect(
                built[permalinks.path(term: term.slug, in: .topic) + "index.html"] != nil,
                "no page for topic \(term.slug)")
        }
        for required in [
            "index.html", "404.html", "sitemap.xml", "robots.txt", "themas/index.html", "onderwerpen/index.html",
        ] {
            #expect(built[required] != nil, "missing \(required)")
        }
    }

    @Test func theMaatschappelijkeRekenkamerListsItsCasesEventsAndOutcomes() throws {
        let (_, built) = Fixtures.build(Fixtures.repository, now: Self.now)
        let page = try #require(built["doetanks/maatschappelijke-rekenkamer/index.html"])
        let html = String(decoding: page, as: UTF8.self)
        #expect(html.contains("href=\"/casussen/schuldhulpverlening-in-beeld/\""))
        #expect(html.contains("href=\"/opbrengsten/methode-maatschappelijke-rekenkamer/\""))
        #expect(html.contains("lang=\"nl\""))
    }
}
