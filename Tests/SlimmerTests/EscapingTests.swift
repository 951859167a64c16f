import Foundation
import Slimmer
import SlimmerContent
import SlimmerRender
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A title and summary full of markup, quotes, ampersands and emoji come out
/// as the same text in every format the site writes, and never as markup:
/// HTML, Atom, iCalendar, JSON-LD and the search index, each read back with a
/// real parser.
@Suite struct EscapingTests {
    static let title = #"<script>alert("x")</script> & 'Tom & Jerry' 🎉 café"#
    static let summary = #"Een "samenvatting" met <b>vet</b>, & en ; en , en \ en 😀."#

    static func build() throws -> [String: Data] {
        var files = Fixtures.files(under: Fixtures.repository.appendingPathComponent("themes/slimmer"))
            .reduce(into: [String: Data]()) { $0["themes/slimmer/" + $1.key] = $1.value }
        let site = """
            title: Testnetwerk
            tagline: Test
            description: Een testsite.
            baseURL: https://example.org/
            language: nl
            timeZone: Europe/Amsterdam
            theme: slimmer
            themes:
              - { slug: samen, label: Samen, description: Samen werken. }
            topics:
              - { slug: geld, label: Geld, description: Geld. }
            """
        files["site.yml"] = Data(site.utf8)
        files["content/_index.md"] = Data("---\n---\nWelkom.\n".utf8)
        let event = """
            ---
            title: '\(title.replacingOccurrences(of: "'", with: "''"))'
            summary: '\(summary.replacingOccurrences(of: "'", with: "''"))'
            kind: netwerkcafe
            start: 2026-06-04T15:00
            location: { name: "Huis & Haard <Zaal>", city: Zwolle }
            themes: [samen]
            topics: [geld]
            ---
            Wij zijn efficiënter met <script>alert(1)</script> tekst.
            """
        files["content/events/cafe.md"] = Data(event.utf8)
        let writer = MemoryOutputWriter()
        let report = Site(fileSystem: MemoryFileSystem(files: files), options: BuildOptions(now: Fixtures.now))
            .build(into: writer)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        return writer.files
    }

    @Test func htmlShowsTheTextAndNoMarkup() throws {
        let files = try Self.build()
        let page = String(decoding: try #require(files["bijeenkomsten/cafe/index.html"]), as: UTF8.self)
        #expect(
            page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Tom &amp; Jerry&#39; 🎉 café"))
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "raw script in \(path)")
            #expect(!html.contains("<b>vet</b>"), "raw markup in \(path)")
        }
    }

    @Test func jsonLDParsesBackToTheTitleAndCannotCloseTheScript() throws {
        let page = String(decoding: try #require(try Self.build()["bijeenkomsten/cafe/index.html"]), as: UTF8.self)
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = String(page[start.upperBound..<end.lowerBound])
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["name"] as? String == Self.title)
        #expect(object["description"] as? String == Self.summary)
        #expect(object["@type"] as? String == "Event")
        #expect(object["startDate"] as? String == "2026-06-04T15:00:00+02:00")
    }

    @Test func atomFeedsParseBackToTheTitle() throws {
        let files = try Self.build()
        for path in ["feed.xml", "bijeenkomsten/feed.xml", "themas/samen/feed.xml"] {
            let entries = try FeedReader.entries(try #require(files[path], "no \(path)"))
            #expect(entries.map(\.title) == [Self.title], "\(path)")
            #expect(entries.map(\.summary) == [Self.summary], "\(path)")
        }
    }

    @Test func searchIndexParsesBackAndFoldsTheBody() throws {
        let data = try #require(try Self.build()["zoeken/index.json"])
        let index = try JSONDecoder().decode([String: [[String: AnyDecodable]]].self, from: data)
        let item = try #require(index["items"]?.first)
        #expect(item["title"]?.string == Self.title)
        #expect(item["summary"]?.string == Self.summary)
        #expect(item["text"]?.string?.split(separator: " ").contains("efficienter") == true)
        #expect(item["url"]?.string == "/bijeenkomsten/cafe/")
    }

    @Test func iCalendarParsesBackToTheTitle() throws {
        let data = try #require(try Self.build()["bijeenkomsten/cafe/cafe.ics"])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("escaping-\(UUID()).ics")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import icalendar, json, sys
            event = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read()).walk('VEVENT')[0]
            print(json.dumps({'summary': str(event['SUMMARY']), 'description': str(event['DESCRIPTION']),
                              'location': str(event['LOCATION'])}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with icalendar failed; run `pip install icalendar`")
        let parsed = try JSONDecoder().decode([String: String].self, from: result)
        #expect(parsed["summary"] == Self.title)
        #expect(parsed["description"]?.hasPrefix(Self.summary + "\n\nMeer informatie: https://example.org/") == true)
        #expect(parsed["location"] == "Huis & Haard <Zaal>, Zwolle")
    }
}
