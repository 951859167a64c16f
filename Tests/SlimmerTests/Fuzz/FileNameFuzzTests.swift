import Foundation
import Slimmer
import SlimmerContent
import SlimmerRender
import Testing

/// Hostile file names, slugs, section paths, term slugs and static files,
/// built to disk: nothing may appear outside the output folder, and a failed
/// build leaves the previous site byte for byte.
@Suite struct FileNameFuzzTests {
    static let caseCount = 60

    /// One hostile change to the basic fixture.
    struct Change: CustomStringConvertible, Sendable {
        var description: String
        var files: [String: Data?]
    }

    /// A page with this file name.
    static func page(named name: String) -> Change {
        Change(
            description: "content file \(Fuzz.preview(Data(name.utf8), limit: 80))",
            files: ["content/pages/\(name)": Data("---\ntitle: Vijandig\n---\nTekst.\n".utf8)])
    }

    /// A copy of the fixture's rekenkamer Doetank with this `slug:`.
    static func slug(_ value: String) -> Change {
        let original = String(decoding: BasicSite.files["content/doetanks/rekenkamer.md"]!, as: UTF8.self)
        let text = original.replacingOccurrences(of: "title:", with: "slug: \(value)\ntitle:")
        return Change(
            description: "slug \(Fuzz.preview(Data(value.utf8), limit: 80))",
            files: ["content/doetanks/vijandig.md": Data(text.utf8)])
    }

    /// site.yml with one line replaced.
    static func config(_ find: String, _ replace: String) -> Change {
        Change(
            description: "site.yml \(Fuzz.preview(Data(replace.utf8), limit: 80))",
            files: ["site.yml": BasicSite.config(find, replace)])
    }

    /// A static file at this path under `static/`.
    static func staticFile(_ name: String) -> Change {
        Change(
            description: "static file \(Fuzz.preview(Data(name.utf8), limit: 80))",
            files: ["static/\(name)": Data("vijandig\n".utf8)])
    }

    static let longName = String(repeating: "lang-", count: 40)
    static let escape = "zz-escape-marker"

    /// Every hostile change the suite knows.
    static let changes: [Change] =
        [
            "met spatie.md", "..md", "...md", ".verborgen.md", "Ünïcödé naam.md", "100%.md", "%2e%2e.md", "a%2Fb.md",
            "\(longName).md", "!!!.md", "-.md", "😀.md", "ß.md", "İstanbul.md", "x\n.md", "nul\u{0}.md", "tab\t.md",
            "back\\slash.md", "../\(escape).md", "../../\(escape).md", "/abs.md", "sub/diep.md", ".md",
            "CON.md", "\u{202E}dm.exe.md", String(repeating: "é", count: 200) + ".md",
        ].map(page)
        + [
            "../../etc", "/abs", "a/b", "..", "%2e%2e", "\"\"", "''", String(repeating: "a", count: 300),
            String(repeating: "a", count: 255), String(repeating: "a", count: 256), "../../\(escape)", ".", "-",
            "\"a\\u0000b\"", "CON", "index.html", "a..b",
        ].map(slug)
        + [
            "../../\(escape)", "/abs", "a/b", "..", ".", "\"\"", "x/../../\(escape)", "%2e%2e", "doetanks", "pagina",
            "themas",
        ].map { config("path: agenda", "path: \($0)") }
        + ["../../\(escape)", "\"\"", "a/b", "..", "/abs", "pagina", "Financiën", "..\\..\\x"].map {
            config("slug: ongebruikt", "slug: \($0)")
        }
        + [
            config("theme: mini", "theme: ../../\(escape)"), config("theme: mini", "theme: \"\""),
            config("theme: mini", "theme: ../basic/themes/mini"), config("language: nl", "language: ../../\(escape)"),
            config("baseURL: https://example.org/portal/", "baseURL: \"../../\(escape)/\""),
        ]
        + [
            "../../\(escape).txt", "../\(escape).txt", "/abs.txt", ".verborgen", "met spatie.txt", "index.html",
            "sitemap.xml", "doetanks/rekenkamer/index.html", "a/../../\(escape).txt", "\(longName).txt",
        ].map(staticFile)

    /// A fresh folder `<tmp>/slimmer-fuzz-<uuid>/a/b/c` for the `site-N`
    /// folders, so that an escape of up to three levels above a site folder
    /// still lands in a folder that only this test uses; and its top.
    static func sandbox() throws -> (parent: URL, top: URL) {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-fuzz-\(UUID().uuidString)")
        let parent = top.appendingPathComponent("a/b/c")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        return (parent, top)
    }

    /// Absolute paths that a hostile `/abs` could reach.
    static let absolutePaths = ["/abs", "/abs.txt", "/\(escape)", "/\(escape).txt"]

    static let previousSite = Data("<p>the previous site</p>\n".utf8)

    @Test func randomHostileNamesStayInsideTheOutputFolder() throws {
        let name = "FileNameFuzz"
        let (parent, top) = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: top) }
        var failures = 0
        for index in Fuzz.cases(Self.caseCount) {
            var random = Fuzz.generator(name, case: index)
            let picked = (0..<Int.random(in: 1...3, using: &random)).map { _ in random.pick(Self.changes) }
            var files: [String: Data?] = [:]
            for change in picked {
                files.merge(change.files) { _, new in new }
            }
            let notes = picked.map(\.description)
            Fuzz.breadcrumb(name, case: index, notes.joined(separator: "; "))
            let problems = try buildOnDisk(files, in: parent, number: index)
            if !problems.isEmpty,
                Fuzz.fail(name, case: index, notes: notes, problems: problems, inputs: files.compactMapValues { $0 })
            {
                failures += 1
                if failures >= 5 { break }
            }
        }
        Fuzz.finished(name)
    }

    @Test(arguments: changes.indices)
    func eachHostileNameStaysInsideTheOutputFolder(index: Int) throws {
        let (parent, top) = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: top) }
        let change = Self.changes[index]
        let problems = try buildOnDisk(change.files, in: parent, number: 0)
        if !problems.isEmpty {
            let inputs = change.files.compactMapValues { $0 }
            Fuzz.fail("FileNameEach", case: index, notes: [change.description], problems: problems, inputs: inputs)
        }
    }

    /// Builds the fixture with `files` changed into `parent/site-N/out`, over
    /// an older site, and lists everything that escaped or went wrong.
    func buildOnDisk(_ files: [String: Data?], in parent: URL, number: Int) throws -> [String] {
        let manager = FileManager.default
        let site = parent.appendingPathComponent("site-\(number)")
        let output = site.appendingPathComponent("out")
        try manager.createDirectory(at: output, withIntermediateDirectories: true)
        try Self.previousSite.write(to: output.appendingPathComponent("index.html"))
        try Data("keep\n".utf8).write(to: output.appendingPathComponent("keep.txt"))
        let before = try manager.contentsOfDirectory(atPath: parent.path).sorted()
        let tempBefore = Set(try manager.contentsOfDirectory(atPath: manager.temporaryDirectory.path))
        let absoluteBefore = Self.absolutePaths.filter(manager.fileExists)

        let fileSystem = BasicSite.fileSystem(files)
        let writer = RecordingWriter(passingTo: DiskOutputWriter(output: output))
        let report = Site(fileSystem: fileSystem, options: BasicSite.options).build(into: writer)

        var problems: [String] = []
        problems += BuildChecks.diagnosticProblems(
            report, inputs: fileSystem.files.merging(["output": Data()]) { a, _ in a })
        problems += try escapes(site: site, parent: parent, before: before, tempBefore: tempBefore)
        let absoluteAfter = Self.absolutePaths.filter(manager.fileExists)
        if absoluteAfter != absoluteBefore { problems.append("the build created \(absoluteAfter) at the root") }
        let written = try tree(output)
        if report.succeeded {
            problems += BuildChecks.outputProblems(report, writer)
            // The disk folds `a//b` into `a/b`; an unsafe path is reported above.
            let expected = Dictionary(writer.files.map { (folded($0.path), $0.contents) }) { _, last in last }
            if Set(written.keys) != Set(expected.keys) {
                let extra = Set(written.keys).subtracting(expected.keys).sorted()
                let missing = Set(expected.keys).subtracting(written.keys).sorted()
                problems.append("out/ differs from what was written: extra \(extra), missing \(missing)")
            }
            for (path, data) in expected where written[path] != nil && written[path] != data {
                problems.append("out/\(path) differs from what the build wrote")
            }
        } else {
            if written != ["index.html": Self.previousSite, "keep.txt": Data("keep\n".utf8)] {
                problems.append("a failed build changed the previous site: \(written.keys.sorted().prefix(10))")
            }
            if report.wrote { problems.append("a failed build reports that it wrote") }
        }
        try manager.removeItem(at: site)
        return problems
    }

    /// `path` without empty parts, as the disk stores it.
    func folded(_ path: String) -> String {
        path.split(separator: "/").joined(separator: "/")
    }

    /// Anything that appeared next to `out/`, beside `site-N`, above it, or
    /// in the temporary folder under the escape marker's name.
    func escapes(site: URL, parent: URL, before: [String], tempBefore: Set<String>) throws -> [String] {
        let manager = FileManager.default
        var problems: [String] = []
        let beside = try manager.contentsOfDirectory(atPath: site.path)
        if beside != ["out"] { problems.append("site folder holds \(beside.sorted()), not only out/") }
        let after = try manager.contentsOfDirectory(atPath: parent.path).sorted()
        if after != before { problems.append("the folder above the site changed: \(before) → \(after)") }
        var folder = parent
        for _ in 0..<3 {
            let child = folder.lastPathComponent
            folder = folder.deletingLastPathComponent()
            let listing = try manager.contentsOfDirectory(atPath: folder.path)
            if listing != [child] { problems.append("\(folder.path) holds \(listing.sorted())") }
        }
        let tempAfter = Set(try manager.contentsOfDirectory(atPath: manager.temporaryDirectory.path))
        let strays = tempAfter.subtracting(tempBefore).filter { $0.contains(Self.escape) || $0 == "abs" }
        if !strays.isEmpty { problems.append("the temporary folder gained \(strays.sorted())") }
        return problems
    }

    /// Every regular file under `folder`, by relative path; symbolic links
    /// and other odd entries are reported as files named after what they are.
    func tree(_ folder: URL) throws -> [String: Data] {
        let manager = FileManager.default
        var result: [String: Data] = [:]
        guard let enumerator = manager.enumerator(atPath: folder.path) else { return result }
        while let path = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            let type = try manager.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
            if type == .typeRegular {
                result[path] = try Data(contentsOf: url)
            } else if type != .typeDirectory {
                result[path] = Data("<\(String(describing: type))>".utf8)
            }
        }
        return result
    }
}
