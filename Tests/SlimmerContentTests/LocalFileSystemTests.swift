import Foundation
import Testing

@testable import SlimmerContent

/// The site folder on disk never hands out a file outside the site.
@Suite struct LocalFileSystemTests {
    @Test(arguments: [
        ("..", true), ("../site.yml", true), ("content/../../x", true), ("content/..", true),
        ("content/a..md", false), ("..content/x", false), ("content/...", false), (".../x", false),
        ("content/./x", false), ("", false),
    ])
    func aParentSegmentIsFound(path: String, climbs: Bool) {
        #expect(LocalFileSystem.climbs(path) == climbs)
    }

    @Test func filesOutsideTheSiteAreNotRead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("geheim".utf8).write(to: root.appendingPathComponent("outside.txt"))
        try Data("open".utf8).write(to: site.appendingPathComponent("a..b.txt"))
        let fileSystem = LocalFileSystem(root: site)
        #expect(throws: (any Error).self) { try fileSystem.contents(of: "../outside.txt") }
        #expect(throws: (any Error).self) {
            try fileSystem.contents(of: root.appendingPathComponent("outside.txt").path)
        }
        #expect(try fileSystem.contents(of: "a..b.txt") == Data("open".utf8))
    }
}
