import Foundation
import Slimmer
import SlimmerContent
import SlimmerMarkdown
import SlimmerRender
import Testing

/// Bugs the fuzz suites found, each shown by its smallest input and kept as
/// a regression test. "Suspect" names where the bug was when found.
@Suite struct FuzzFindingsTests {
    func build(_ changes: [String: Data?]) -> (BuildReport, RecordingWriter) {
        let writer = RecordingWriter()
        let report = Site(fileSystem: BasicSite.fileSystem(changes), options: BasicSite.options).build(into: writer)
        return (report, writer)
    }

    func paths(_ writer: RecordingWriter) -> [String] {
        writer.files.map(\.path)
    }

    // MARK: Output paths that collide

    /// Found: `static/index.html` (or `sitemap.xml`, or a page's path) was
    /// handed to the writer next to the generated page of the same path and
    /// silently won on disk; nothing was reported. Suspect:
    /// Sources/Slimmer/SiteSession+Steps.swift, `files` (pages + sitemap and
    /// robots + static files concatenated without a duplicate check).
    @Test(arguments: ["index.html", "sitemap.xml", "robots.txt", "404.html", "doetanks/rekenkamer/index.html"])
    func aStaticFileDoesNotSilentlyReplaceAGeneratedPage(path: String) {
        let (report, writer) = build(["static/\(path)": Data("statisch\n".utf8)])
        let written = paths(writer)
        #expect(written.filter { $0 == path }.count <= 1, "\(path) is handed to the writer twice")
        #expect(
            report.diagnostics.contains { $0.file == "static/\(path)" },
            "nothing tells the editor that static/\(path) clashes with a generated page")
    }

    /// Found: with two sections on one `path:` in site.yml, both list pages
    /// rendered to `doetanks/index.html` and one was silently dropped.
    /// Suspect: Sources/SlimmerContent/SiteConfig+Loading.swift,
    /// `readSections` (no check that paths are unique or safe), and
    /// Sources/Slimmer/SiteSession+Steps.swift, `renderPages`
    /// (`next[file.path] = …` keeps the last page of a path).
    @Test(arguments: ["doetanks", "themas", "onderwerpen", "casussen"])
    func twoSectionsCannotShareAPath(path: String) {
        let (report, writer) = build(["site.yml": BasicSite.config("path: agenda", "path: \(path)")])
        let written = paths(writer)
        #expect(Set(written).count == written.count, "duplicates: \(written.sorted())")
        #expect(report.diagnostics.contains { $0.file == "site.yml" && $0.severity == .error })
    }

    // MARK: Unchecked paths in site.yml

    /// Found: section paths and term slugs from site.yml went into output
    /// paths and URLs unchecked. `..` was only refused by DiskOutputWriter at
    /// write time, as "output: cannot write the site" with no file or line;
    /// a memory build succeeded and handed `../cafe-maart/index.html` (or
    /// `onderwerpen//abs/index.html`) to the writer. Suspect:
    /// Sources/SlimmerContent/SiteConfig+Loading.swift, `readSections` and
    /// `readTerms`.
    @Test(arguments: [
        ("path: agenda", "path: .."), ("path: agenda", "path: ../../buiten"), ("path: agenda", "path: /abs"),
        ("path: agenda", "path: a/../.."), ("slug: ongebruikt", "slug: .."), ("slug: ongebruikt", "slug: /abs"),
        ("slug: ongebruikt", "slug: ../../buiten"), ("slug: ongebruikt", "slug: \"a\\\\b\""),
    ])
    func siteConfigurationPathsAreCheckedWhereTheyAreWritten(find: String, replace: String) {
        let (report, writer) = build(["site.yml": BasicSite.config(find, replace)])
        let unsafe = paths(writer).filter { !BuildChecks.isSafe($0) }
        #expect(unsafe == [], "unsafe output paths reach the writer")
        #expect(
            report.diagnostics.contains { $0.file == "site.yml" && $0.line != nil && $0.severity == .error },
            "no error at the line in site.yml: \(report.diagnostics.map(\.description))")
    }

    // MARK: Slugs too long for a file name

    /// Found: a 256-character slug passed every check, so a memory build
    /// succeeded; on disk the write failed with `output: error: cannot write
    /// the site: Error Domain=NSCocoaErrorDomain Code=514 "The file name is
    /// invalid."`, which names neither the content file nor its line.
    /// Suspect: Sources/SlimmerContent/ItemReader.swift, `readSlug`.
    @Test func aSlugTooLongForAFileNameIsReportedInItsFile() throws {
        let original = String(decoding: BasicSite.files["content/pages/over.md"]!, as: UTF8.self)
        let text = original.replacingOccurrences(
            of: "title:", with: "slug: \(String(repeating: "a", count: 256))\ntitle:")
        let changes: [String: Data?] = ["content/pages/over.md": Data(text.utf8)]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-fuzz-slug-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let disk = Site(fileSystem: BasicSite.fileSystem(changes), options: BasicSite.options)
            .build(into: DiskOutputWriter(output: folder.appendingPathComponent("out")))
        let (memory, _) = build(changes)
        #expect(memory.succeeded == disk.succeeded, "a memory build and a disk build disagree")
        if !disk.succeeded {
            #expect(
                disk.diagnostics.contains { $0.file == "content/pages/over.md" },
                "\(disk.diagnostics.map(\.description))")
        }
    }

    // MARK: Lone carriage returns

    /// Found: CommonMark and YAML both end a line at a lone CR, the front
    /// matter splitter only at LF, so a file saved with classic Mac line
    /// ends was refused as "the file has no front matter". Suspect:
    /// Sources/SlimmerContent/FrontMatter.swift, `split`.
    @Test func aFileWithCarriageReturnLineEndsIsRead() {
        let lf = "---\ntitle: Over ons\nmenu: 1\n---\nOver het netwerk.\n"
        let cr = lf.replacingOccurrences(of: "\n", with: "\r")
        let (lfReport, lfWriter) = build(["content/pages/over.md": Data(lf.utf8)])
        let (crReport, crWriter) = build(["content/pages/over.md": Data(cr.utf8)])
        #expect(lfReport.succeeded)
        #expect(crReport.diagnostics.map(\.description) == lfReport.diagnostics.map(\.description))
        #expect(crWriter.files == lfWriter.files)
    }

    /// Found: YAML and cmark count a stray CR as a line end, but the body's
    /// first line was counted in LF lines, so diagnostics drifted. The rule
    /// now: CR, CRLF, NEL, LS and PS all end a line, as in YAML, and the
    /// loader turns them into LF before anything counts lines.
    @Test func strayLineBreaksDoNotMoveDiagnostics() {
        let front = "---\ntitle: Over\rbogus: 1\rfoo: 2\n---\nTekst.\n"
        let (report, _) = build(["content/pages/over.md": Data(front.utf8)])
        let lines = report.diagnostics.filter { $0.file == "content/pages/over.md" }.compactMap(\.line)
        #expect(lines == [3, 4], "\(report.diagnostics.map(\.description))")

        let body = "---\ntitle: Over\n---\na\rb\rc\r[x](/nergens)\n"
        let (bodyReport, _) = build(["content/pages/over.md": Data(body.utf8)])
        let link = bodyReport.diagnostics.first { $0.file == "content/pages/over.md" }
        #expect(link?.line == 7, "\(bodyReport.diagnostics.map(\.description))")

        // After LS the stray `x` is line 3; libyaml reports the missing colon
        // where it gives up, the start of line 4, never at the closing `---`.
        let separator = "---\ntitle: Over\u{2028}x\nmenu: 1\n---\nTekst.\n"
        let (separatorReport, _) = build(["content/pages/over.md": Data(separator.utf8)])
        let error = separatorReport.diagnostics.first { $0.file == "content/pages/over.md" }
        #expect(error?.line == 4, "\(separatorReport.diagnostics.map(\.description))")
    }

    // MARK: Quadratic time

    /// Found: every link's column was converted by scanning the Markdown
    /// from its start (to the link's line, then along it), so the time grew
    /// with links × lines: 2,000 reference links took about 1.6 s of CPU in
    /// a debug build and 4,000 about 6.5 s, while cmark parses and renders
    /// the same text in 1–3 ms (a linear renderer needs some 20 ms).
    /// Suspect: Sources/SlimmerMarkdown/ColumnConverter.swift,
    /// `characterColumn`, called for every link and image by
    /// MarkdownRenderer.render.
    @Test func manyLinksRenderInLinearTime() {
        func seconds(_ count: Int) -> Double {
            let definitions = (0..<count).map { "[r\($0)]: /doetanks/\n" }.joined()
            let markdown = definitions + "\n" + (0..<count).map { "[x][r\($0)]" }.joined(separator: " ")
            return threadCPUSeconds { _ = MarkdownRenderer().render(markdown) }
        }
        // Four times the links: about four times the time when linear, sixteen when quadratic.
        let small = seconds(1_000)
        let large = seconds(4_000)
        #expect(large < max(small, 0.001) * 8, "1,000 links took \(small) s, 4,000 took \(large) s of CPU time")
    }

    /// CPU time of the calling thread spent in `body`, so that other work on
    /// the machine does not count.
    func threadCPUSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }

    // MARK: Reading outside the site

    /// Found: `language:` went into a path (`themes/<theme>/i18n/<language>.yml`)
    /// unchecked, and LocalFileSystem.contents(of:) followed `..` out of the
    /// site's root: a site read, and published, a YAML file from outside its
    /// folder. Suspect: Sources/SlimmerContent/LocalFileSystem.swift,
    /// `contents(of:)` (no containment, unlike `files(under:)`), and
    /// SiteConfig+Loading.swift (`language` not checked).
    @Test func aSiteCannotReadFilesOutsideItsFolder() throws {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("slimmer-fuzz-outside-\(UUID())")
        defer { try? manager.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        var files = BasicSite.files
        files["site.yml"] = BasicSite.config("language: nl", "language: ../../../../geheim")
        for (path, data) in files {
            let url = site.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let table = String(decoding: BasicSite.files["themes/mini/i18n/nl.yml"]!, as: UTF8.self)
        try Data(table.replacingOccurrences(of: "upcoming: Binnenkort", with: "upcoming: GEHEIM-BUITEN-DE-SITE").utf8)
            .write(to: folder.appendingPathComponent("geheim.yml"))

        #expect(throws: (any Error).self) { try LocalFileSystem(root: site).contents(of: "../geheim.yml") }
        let writer = RecordingWriter()
        let report = Site(root: site, options: BasicSite.options).build(into: writer)
        let leaked = writer.files.filter { String(decoding: $0.contents, as: UTF8.self).contains("GEHEIM-BUITEN") }
        #expect(leaked.map(\.path) == [], "a file outside the site's folder was published")
        #expect(!report.succeeded && report.diagnostics.contains { $0.file == "site.yml" })
    }
}
