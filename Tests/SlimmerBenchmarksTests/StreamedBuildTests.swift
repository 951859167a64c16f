import Foundation
import Slimmer
import SlimmerContent
import SlimmerRender
import Testing

@testable import SlimmerBenchmarks

/// A build written to disk renders item pages chunk by chunk, straight after
/// their bodies (to bound memory); it must write what an in-memory build
/// makes, and nothing at all when a late chunk has an error.
@Suite struct StreamedBuildTests {
    /// More items than two of the streamed build's 512-item chunks.
    static func files(pages: Int = 1_100) throws -> [String: Data] {
        var files = Corpus(pages: pages, words: 40).slimmerFiles().mapValues { Data($0.utf8) }
        let local = LocalFileSystem(root: CorpusTests.repository)
        for path in local.files(under: "themes/slimmer") { files[path] = try local.contents(of: path) }
        return files
    }

    static func files(under folder: URL) -> [String: Data] {
        let fileSystem = LocalFileSystem(root: folder)
        return Dictionary(
            uniqueKeysWithValues: fileSystem.files(under: "").map { ($0, (try? fileSystem.contents(of: $0)) ?? Data()) }
        )
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-stream-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aStreamedDiskBuildWritesWhatAMemoryBuildMakes() throws {
        let site = Site(
            fileSystem: MemoryFileSystem(files: try Self.files()), options: BuildOptions(now: RebuildBenchmark.now))
        let memory = MemoryOutputWriter()
        #expect(site.build(into: memory).diagnostics.isEmpty)
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let report = site.build(into: DiskOutputWriter(output: output))
        #expect(report.diagnostics.isEmpty)
        #expect(report.pageCounts["case"] == 275)
        let written = Self.files(under: output)
        #expect(written.count == memory.files.count)
        #expect(written.keys.sorted() == memory.files.keys.sorted())
        let different = memory.files.filter { written[$0.key] != $0.value }.map(\.key)
        #expect(different.isEmpty, "differ: \(different.prefix(5))")
    }

    @Test func anErrorInALateChunkLeavesTheOldSite() throws {
        var files = try Self.files()
        let last = try #require(files.keys.filter { $0.hasPrefix("content/pages/") }.sorted().last)
        // Pages sort last, so this body is in the third chunk, after two were written.
        files[last]! += Data("\n\nZie [de casus](../casussen/bestaat-niet.md).\n".utf8)
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: output.appendingPathComponent("index.html"))
        let report = Site(fileSystem: MemoryFileSystem(files: files), options: BuildOptions(now: RebuildBenchmark.now))
            .build(into: DiskOutputWriter(output: output))
        #expect(report.diagnostics.map(\.file) == [last])
        #expect(report.diagnostics.first?.message.contains("does not exist") == true)
        #expect(Self.files(under: output) == ["index.html": Data("old".utf8)])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["public"])
    }
}
