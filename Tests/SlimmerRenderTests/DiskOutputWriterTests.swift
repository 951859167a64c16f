import Foundation
import Testing

@testable import SlimmerRender

@Suite struct DiskOutputWriterTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
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
}
