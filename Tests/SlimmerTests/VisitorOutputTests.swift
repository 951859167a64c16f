import Foundation
import Slimmer
import SlimmerContent
import SlimmerMarkdown
import SlimmerRender
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The files besides pages that visitors' tools read: feeds, calendars, the
/// search index and fingerprinted assets, checked on the golden fixture site.
@Suite struct VisitorOutputTests {
    static let built = Fixtures.build(Fixtures.root.appendingPathComponent("sites/basic")).1

    @Test func pagesReferToFingerprintedAssetsThatExist() throws {
        let css = Self.built.keys.filter { $0.hasPrefix("css/") && $0.hasSuffix(".css") }
        #expect(css.count == 1)
        let name = try #require(css.first)
        #expect(name.range(of: #"^css/style\.[0-9a-f]{10}\.css$"#, options: .regularExpression) != nil)
        #expect(Self.built["css/style.css"] == nil)
        for (path, data) in Self.built where path.hasSuffix(".html") {
            #expect(String(decoding: data, as: UTF8.self).contains("href=\"/portal/\(name)\""), "\(path)")
        }
    }

    @Test func changedStylesheetGetsANewName() throws {
        let folder = Fixtures.root.appendingPathComponent("sites/basic")
        var files = Fixtures.files(under: folder)
        files["themes/mini/static/css/style.css"]! += Data("\nh1 { color: teal; }\n".utf8)
        let writer = MemoryOutputWriter()
        _ = Site(fileSystem: MemoryFileSystem(files: files), options: BuildOptions(now: Fixtures.now))
            .build(into: writer)
        let before = Set(Self.built.keys.filter { $0.hasPrefix("css/") })
        let after = Set(writer.files.keys.filter { $0.hasPrefix("css/") })
        #expect(before.count == 1 && after.count == 1 && before != after)
    }

    @Test func everyFeedHasTheElementsAtomRequires() throws {
        let feeds = Self.built.keys.filter { $0.hasSuffix("feed.xml") }.sorted()
        #expect(
            feeds == [
                "agenda/feed.xml", "casussen/feed.xml", "doetanks/feed.xml", "feed.xml", "opbrengsten/feed.xml",
                "themas/publieke-waarde/feed.xml", "themas/slimmer-werken/feed.xml",
            ])
        for path in feeds {
            let tree = try XMLTree.parse(Self.built[path]!)
            #expect(tree.root == "feed", "\(path)")
            for required in ["id", "title", "updated", "author"] {
                #expect(tree.children["feed"]?.contains(required) == true, "\(path) lacks \(required)")
            }
            #expect(tree.count("entry") == tree.count("entry/id"), "\(path): an entry without id")
            #expect(tree.count("entry") == tree.count("entry/updated"), "\(path): an entry without updated")
            for stamp in tree.texts("updated") {
                #expect(stamp.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression) != nil)
            }
        }
        #expect(try XMLTree.parse(Self.built["doetanks/feed.xml"]!).count("entry") == 2)
    }

    @Test func theAgendaListsUpcomingEventsAndEachEventHasItsOwnFile() throws {
        let agenda = String(decoding: try #require(Self.built["agenda.ics"]), as: UTF8.self)
        // Pinned at 12 March 2026 18:00: the café of that afternoon is past; the session and Grand Café are not.
        #expect(agenda.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
        #expect(agenda.contains("UID:event/grand-cafe@example.org"))
        #expect(!agenda.contains("UID:event/cafe-maart@"))
        for slug in ["cafe-maart", "grand-cafe", "sessie"] {
            let file = try #require(Self.built["agenda/\(slug)/\(slug).ics"])
            #expect(String(decoding: file, as: UTF8.self).contains("UID:event/\(slug)@example.org\r\n"))
            let page = String(decoding: try #require(Self.built["agenda/\(slug)/index.html"]), as: UTF8.self)
            #expect(page.contains("href=\"/portal/agenda/\(slug)/\(slug).ics\""))
        }
    }

    @Test func searchTextIsFoldedLikeTheScriptFoldsQueries() {
        #expect(SearchText.fold("Efficiënter werken!") == "efficienter werken")
        #expect(SearchText.fold("Straße, Ærø en het Ĳsselmeer") == "strasse aero en het ijsselmeer")
        #expect(SearchText.distinctWords("de kat en de hond en de kat") == "de kat en hond")
        #expect(SearchText.distinctWords("a b c d", limit: 2) == "a b")
    }

    @Test func sitemapDatesComeFromContentAndNeverLieInTheFuture() throws {
        let sitemap = String(decoding: try #require(Self.built["sitemap.xml"]), as: UTF8.self)
        #expect(
            sitemap.contains("<loc>https://example.org/portal/casussen/schuldhulp/</loc><lastmod>2026-02-01</lastmod>"))
        // The Grand Café of 2027 has no date before the pinned now.
        #expect(sitemap.contains("<loc>https://example.org/portal/agenda/grand-cafe/</loc></url>"))
        let dates = sitemap.components(separatedBy: "<lastmod>").dropFirst().map { String($0.prefix(10)) }
        #expect(!dates.isEmpty && dates.allSatisfy { $0 <= "2026-03-12" })
    }
}
