import Foundation
import Testing

@testable import SlimmerRender

@Suite struct DiskOutputWriterTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A writer on four cores into `public` in a fresh folder, which the caller removes.
    func makeWriter() throws -> (root: URL, output: URL, writer: DiskOutputWriter) {
        let root = try temporaryFolder()
        let output = root.appendingPathComponent("public")
        return (root, output, DiskOutputWriter(output: output, jobs: 4))
    }

    func file(_ path: String, _ text: String) -> OutputFile {
        OutputFile(path: path, contents: Data(text.utf8))
    }

    @Test func replacesTheOldSiteWholesale() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let writer = DiskOutputWriter(output: output)
        try writer.write([file("index.html", "oud"), file("weg/index.html", "weg")])
        try writer.write([file("index.html", "nieuw"), file("a/b/c.txt", "diep")])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "nieuw")
        #expect(try String(contentsOf: output.appendingPathComponent("a/b/c.txt"), encoding: .utf8) == "diep")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("weg").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(leftovers == ["public"], "no staging folder may be left behind")
    }

    @Test func aFailedWriteLeavesTheOldSiteAsItWas() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let writer = DiskOutputWriter(output: output)
        try writer.write([file("index.html", "oud")])
        #expect(throws: DiskOutputWriter.Failure.self) {
            try writer.write([file("index.html", "nieuw"), file("../buiten.html", "ontsnapt")])
        }
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "oud")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("buiten.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    /// Threads make the folders as their files need them, parents and all,
    /// across the parts of a streamed write; an unsafe path is still the
    /// reason given, even beside a file that cannot be written.
    @Test func streamedPartsMakeEveryFolderTheirFilesNeed() throws {
        let (root, output, writer) = try makeWriter()
        defer { try? FileManager.default.removeItem(at: root) }
        let stage = try #require(try writer.stage())
        let paths = (0..<300).map { "sectie-\($0 % 3)/pagina-\($0)/index.html" } + ["a/b/c/d/e.txt", "a/b/f.txt"]
        try stage.add(paths.prefix(150).map { file($0, $0) })
        try stage.add(paths.dropFirst(150).map { file($0, $0) } + [file("sectie-0/pagina-0/extra.ics", "ics")])
        try stage.commit()
        for path in paths + ["sectie-0/pagina-0/extra.ics"] {
            let text = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            #expect(text == (path.hasSuffix(".ics") ? "ics" : path))
        }
        let again = try #require(try writer.stage())
        defer { again.discard() }
        try again.add([file("blok", "een bestand, geen map")])
        let error = #expect(throws: DiskOutputWriter.Failure.self) {
            try again.add([file("blok/kan-niet.html", "x"), file("../weg.html", "x"), file("ok.html", "x")])
        }
        #expect(error.map { "\($0)" } == "refusing to write ../weg.html: it would land outside the output folder")
    }

    /// Pages made on the cores that write them: every text lands in its
    /// folder, byte for byte, and a bad path is refused as with files.
    @Test func pagesAreWrittenWhereTheyAreMade() throws {
        let (root, output, writer) = try makeWriter()
        defer { try? FileManager.default.removeItem(at: root) }
        let stage = try #require(try writer.stage())
        let texts = (0..<200).map { OutputText(path: "casus/\($0)/index.html", text: "<p>Pagina \($0): één</p>") }
        try stage.add(count: texts.count, jobs: 4) { texts[$0] }
        try stage.commit()
        for text in texts {
            #expect(try Data(contentsOf: output.appendingPathComponent(text.path)) == Data(text.text.utf8))
        }
        let again = try #require(try writer.stage())
        defer { again.discard() }
        let bad = [OutputText(path: "goed.html", text: "x"), OutputText(path: "a/../../weg.html", text: "x")]
        let error = #expect(throws: DiskOutputWriter.Failure.self) {
            try again.add(count: bad.count, jobs: 2) { bad[$0] }
        }
        #expect(error.map { "\($0)" } == "refusing to write a/../../weg.html: it would land outside the output folder")
    }

    /// The folder a file goes in, and the paths that could land outside the
    /// output, which have none. Empty segments are left out, as before the
    /// one-pass scan.
    @Test(arguments: [
        ("index.html", "/out"),
        ("casussen/casus-1/index.html", "/out/casussen/casus-1"),
        ("a/.b/..c/x.html", "/out/a/.b/..c"),
        ("a//b/index.html", "/out/a/b"),
        ("a/", "/out"),
    ])
    func aFileGoesInItsFolder(path: String, folder: String) {
        #expect(DiskOutputWriter.folder(of: path, in: "/out") == folder)
    }

    @Test(arguments: ["", "/", "/etc/passwd", "../x.html", "a/../../x", "./x", "a/./x", "a/..", "a/."])
    func aPathThatCouldLeaveTheOutputHasNoFolder(path: String) {
        #expect(DiskOutputWriter.folder(of: path, in: "/out") == nil)
    }
}
