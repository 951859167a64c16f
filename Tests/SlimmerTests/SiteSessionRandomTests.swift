import Foundation
import SlimmerContent
import Testing

@testable import Slimmer

/// Random sequences of edits, each rebuilt incrementally and compared with a
/// full build; the seed makes a failure reproducible.
@Suite struct SiteSessionRandomTests {
    static let words = ["Rekenkamer", "Zwolle", "café", "impact", "loket", "Efficiënter", "samen", "UWV"]

    /// One random edit of one content file; returns the path it changed.
    func mutate(_ files: inout [String: Data], _ random: inout SplitMix64) -> String {
        let paths = files.keys.filter { $0.hasPrefix("content/") && $0.hasSuffix(".md") }.sorted()
        let path = paths.randomElement(using: &random)!
        var text = String(decoding: files[path]!, as: UTF8.self)
        let word = Self.words.randomElement(using: &random)!
        switch Int.random(in: 0..<7, using: &random) {
        case 0: text += "\n\nMeer over \(word).\n"
        case 1: text = text.replacingOccurrences(of: "title: ", with: "title: \(word) ")
        case 2: text = text.replacingOccurrences(of: "themes: [", with: "themes: [slimmer-werken, ")
        case 3:
            text = text.replacingOccurrences(
                of: "---\n", with: "---\ndraft: true\n", options: [], range: text.range(of: "---\n"))
        case 4:
            let target = paths.randomElement(using: &random)!.split(separator: "/").suffix(2).joined(separator: "/")
            text += "\nZie [\(word)](../\(target)).\n"
        case 5: text = text.replacingOccurrences(of: "2026-", with: "2027-")
        default:
            files[path] = nil
            return path
        }
        files[path] = Data(text.utf8)
        return path
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomEditsKeepIncrementalEqualToFull(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var files = SiteSessionTests.base
        var session = SiteSession(fileSystem: MemoryFileSystem(files: files), options: BuildOptions(now: Fixtures.now))
        _ = session.build()
        for step in 1...25 {
            let path = mutate(&files, &random)
            session.fileSystem = MemoryFileSystem(files: files)
            _ = session.rebuild([path])
            var full = SiteSession(fileSystem: MemoryFileSystem(files: files), options: BuildOptions(now: Fixtures.now))
            _ = full.build()
            let same =
                session.diagnostics == full.diagnostics
                && session.files.map(\.path) == full.files.map(\.path)
                && zip(session.files, full.files).allSatisfy { $0.contents == $1.contents }
            #expect(same, "seed \(seed), step \(step): editing \(path) made the rebuild differ from a full build")
            if !same { return }
        }
    }
}
