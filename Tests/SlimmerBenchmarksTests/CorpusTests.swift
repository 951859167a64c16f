import Foundation
import Slimmer
import SlimmerContent
import SlimmerRender
import Testing

@testable import SlimmerBenchmarks

@Suite struct CorpusTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theSameSeedGivesTheSameCorpus() {
        #expect(Corpus(pages: 60, seed: 7).slimmerFiles() == Corpus(pages: 60, seed: 7).slimmerFiles())
        #expect(Corpus(pages: 60, seed: 7).slimmerFiles() != Corpus(pages: 60, seed: 8).slimmerFiles())
    }

    @Test func pagesHaveAboutTheAskedNumberOfWords() {
        let corpus = Corpus(pages: 20, words: 1_100)
        let counts = corpus.entries.map { $0.body.split(whereSeparator: \.isWhitespace).count }
        #expect(counts.allSatisfy { (1_000...1_500).contains($0) })
    }

    @Test func theCorpusBuildsWithTheRealThemeWithoutADiagnostic() throws {
        var files = Corpus(pages: 120).slimmerFiles().mapValues { Data($0.utf8) }
        let local = LocalFileSystem(root: Self.repository)
        for path in local.files(under: "themes/slimmer") { files[path] = try local.contents(of: path) }
        let writer = MemoryOutputWriter()
        let report = Site(fileSystem: MemoryFileSystem(files: files), options: BuildOptions(now: RebuildBenchmark.now))
            .build(into: writer)
        #expect(report.diagnostics.map(\.description) == [])
        #expect(report.pageCounts["case"] == 30)
        #expect(writer.files.count > 150)
    }
}
