import Foundation
import Slimmer
import SlimmerContent
import SlimmerRender

/// Paths of the repository and its test fixtures, and a helper to build a
/// site into memory.
enum Fixtures {
    /// The repository's root: the real portal lives here.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = repository.appendingPathComponent("Tests/Fixtures")

    /// The folders directly under `Tests/Fixtures/<group>`, sorted.
    static func names(in group: String) -> [String] {
        let folder = root.appendingPathComponent(group)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The moment every fixture build is pinned to.
    static let now = try! DateValue.parse("2026-03-12T18:00", timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        .get().instant

    /// The theme fixture sites without a `themes/` folder of their own use.
    static let sharedThemes = root.appendingPathComponent("sites/basic")

    /// The files of a fixture site, with the shared minimal theme when it has none.
    static func fileSystem(_ folder: URL) -> FileSystem {
        guard !FileManager.default.fileExists(atPath: folder.appendingPathComponent("themes").path) else {
            return LocalFileSystem(root: folder)
        }
        var files = Self.files(under: folder)
        for (path, data) in Self.files(under: sharedThemes) where path.hasPrefix("themes/") { files[path] = data }
        return MemoryFileSystem(files: files)
    }

    /// Builds the site at `folder` into memory.
    static func build(
        _ folder: URL, now: Date = Fixtures.now, drafts: Bool = false, strict: Bool = false, jobs: Int? = nil
    ) -> (BuildReport, [String: Data]) {
        let writer = MemoryOutputWriter()
        var options = BuildOptions(now: now, includeDrafts: drafts, strict: strict)
        if let jobs { options.jobs = jobs }
        let report = Site(fileSystem: fileSystem(folder), options: options).build(into: writer)
        return (report, writer.files)
    }

    /// Every regular file under `folder`, by relative path.
    static func files(under folder: URL) -> [String: Data] {
        let fileSystem = LocalFileSystem(root: folder)
        var result: [String: Data] = [:]
        for path in fileSystem.files(under: "") {
            result[path] = try? fileSystem.contents(of: path)
        }
        return result
    }

    /// True when golden files should be re-recorded instead of compared.
    static var recording: Bool {
        ProcessInfo.processInfo.environment["SLIMMER_RECORD"] == "1"
    }
}
