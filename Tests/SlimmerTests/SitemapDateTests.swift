import Foundation
import Slimmer
import SlimmerContent
import SlimmerRender
import Testing

/// The sitemap's `lastmod` for an item is the later of its own date and its
/// publish date, unless its own date is still to come; a list's is the latest
/// of its items'.
@Suite struct SitemapDateTests {
    /// An outcome with `date` and, when given, `publishDate` (the build's now is 2026-03-12).
    static func outcome(_ slug: String, date: String, published: String?) -> String {
        """
        ---
        title: Opbrengst \(slug)
        summary: Een opbrengst.
        kind: method
        date: \(date)
        \(published.map { "publishDate: \($0)" } ?? "")
        doetank: rekenkamer
        themes: [samen]
        ---
        Tekst.
        """
    }

    static func build() throws -> String {
        var files = Fixtures.files(under: Fixtures.repository.appendingPathComponent("themes/slimmer"))
            .reduce(into: [String: Data]()) { $0["themes/slimmer/" + $1.key] = $1.value }
        let site = """
            title: Testnetwerk
            baseURL: https://example.org/
            timeZone: Europe/Amsterdam
            theme: slimmer
            themes:
              - { slug: samen, label: Samen, description: Samen werken. }
            """
        let doetank = """
            ---
            title: Rekenkamer
            summary: Toetst beleid.
            status: active
            started: 2024-01-15
            themes: [samen]
            ---
            Tekst.
            """
        let texts = [
            "site.yml": site, "content/_index.md": "---\n---\nWelkom.\n", "content/doetanks/rekenkamer.md": doetank,
            "content/outcomes/later-gepubliceerd.md": outcome("a", date: "2025-01-10", published: "2025-02-01"),
            "content/outcomes/eerder-gepubliceerd.md": outcome("b", date: "2025-03-01", published: "2025-02-01"),
            "content/outcomes/toekomstig.md": outcome("c", date: "2027-01-01", published: "2025-02-03"),
            "content/outcomes/zonder-publicatie.md": outcome("d", date: "2025-05-05", published: nil),
        ]
        for (path, text) in texts { files[path] = Data(text.utf8) }
        let writer = MemoryOutputWriter()
        let report = Site(fileSystem: MemoryFileSystem(files: files), options: BuildOptions(now: Fixtures.now))
            .build(into: writer)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        return String(decoding: try #require(writer.files["sitemap.xml"]), as: UTF8.self)
    }

    @Test func itemsAndListsTakeTheirLatestDateThatIsNotToCome() throws {
        let sitemap = try Self.build()
        let expected = [
            "opbrengsten/later-gepubliceerd/": "2025-02-01", "opbrengsten/eerder-gepubliceerd/": "2025-03-01",
            "opbrengsten/toekomstig/": "2025-02-03", "opbrengsten/zonder-publicatie/": "2025-05-05",
            "opbrengsten/": "2025-05-05", "doetanks/rekenkamer/": "2024-01-15",
        ]
        for (path, date) in expected {
            #expect(
                sitemap.contains("<loc>https://example.org/\(path)</loc><lastmod>\(date)</lastmod>"),
                "\(path) should be last modified on \(date)")
        }
    }
}
