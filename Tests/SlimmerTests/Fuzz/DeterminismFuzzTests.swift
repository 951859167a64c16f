import Foundation
import Slimmer
import SlimmerContent
import Testing

/// The order in which a file system lists files must not show in the
/// output: builds from shuffled listings are byte-identical.
@Suite struct DeterminismFuzzTests {
    /// Builds `files` from a listing shuffled with `seed` (nil: sorted).
    func build(_ files: [String: Data], seed: UInt64?) -> (BuildReport, [String: Data]) {
        let memory = MemoryFileSystem(files: files)
        let fileSystem: FileSystem = seed.map { ShuffledFileSystem(base: memory, seed: $0) } ?? memory
        let writer = RecordingWriter()
        let report = Site(fileSystem: fileSystem, options: BasicSite.options).build(into: writer)
        return (report, Dictionary(writer.files.map { ($0.path, $0.contents) }) { _, last in last })
    }

    /// Three seeds per run, taken from the suite's seed.
    var seeds: [UInt64] {
        var random = Fuzz.generator("DeterminismFuzz", case: 0)
        return (0..<3).map { _ in random.next() }
    }

    @Test func shuffledListingsGiveByteIdenticalSites() throws {
        let (baseReport, baseline) = build(BasicSite.files, seed: nil)
        try #require(baseReport.succeeded, "\(baseReport.diagnostics.map(\.description))")
        #expect(!baseline.isEmpty)
        let sorted = MemoryFileSystem(files: BasicSite.files).files(under: "")
        let orders = seeds.map {
            ShuffledFileSystem(base: MemoryFileSystem(files: BasicSite.files), seed: $0).files(under: "")
        }
        #expect(
            orders.allSatisfy { $0 != sorted } && Set(orders).count == orders.count, "the listings are not shuffled")
        for seed in seeds {
            let (report, output) = build(BasicSite.files, seed: seed)
            #expect(report.diagnostics.map(\.description) == baseReport.diagnostics.map(\.description))
            #expect(
                output.keys.sorted() == baseline.keys.sorted(), "SLIMMER_FUZZ_SEED=\(Fuzz.seed), listing seed \(seed)")
            for (path, data) in baseline.sorted(by: { $0.key < $1.key }) where output[path] != data {
                Issue.record("\(path) differs with listing seed \(seed) (SLIMMER_FUZZ_SEED=\(Fuzz.seed))")
            }
        }
    }

    /// The same holds for the diagnostics of a broken site.
    @Test func shuffledListingsGiveTheSameDiagnostics() {
        let files = Fixtures.files(under: Fixtures.root.appendingPathComponent("invalid/many-mistakes"))
        let (baseReport, _) = build(files, seed: nil)
        #expect(!baseReport.succeeded)
        for seed in seeds {
            let (report, output) = build(files, seed: seed)
            #expect(
                report.diagnostics.map(\.description) == baseReport.diagnostics.map(\.description),
                "listing seed \(seed) (SLIMMER_FUZZ_SEED=\(Fuzz.seed))")
            #expect(output.isEmpty)
        }
    }

    /// And the listing order of a mutated site with two files that claim
    /// one URL does not decide which of them is reported or published.
    @Test func shuffledListingsDoNotPickAWinnerAmongDuplicates() {
        var files = BasicSite.files
        files["content/doetanks/Rekenkamer.md"] = files["content/doetanks/rekenkamer.md"]
        files["content/doetanks/reken kamer.md"] = files["content/doetanks/loketten.md"]
        files["content/pages/over-ons.md"] = Data("---\ntitle: Over\nslug: over\n---\nAnder.\n".utf8)
        let (baseReport, _) = build(files, seed: nil)
        #expect(!baseReport.succeeded)
        for seed in seeds {
            let (report, output) = build(files, seed: seed)
            #expect(report.diagnostics.map(\.description) == baseReport.diagnostics.map(\.description))
            #expect(output.isEmpty)
        }
    }
}
