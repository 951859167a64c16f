import ArgumentParser
import Foundation
import SlimmerBenchmarks

/// `slimmer-bench`: the project's benchmarks (run with `make bench`).
@main
struct SlimmerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slimmer-bench", abstract: "Benchmarks for Slimmer.",
        subcommands: [Generate.self, Rebuild.self, Compare.self, WriteSites.self])

    /// Writes a corpus to a folder.
    struct Generate: ParsableCommand {
        @Option(help: "How many content items.") var pages = 1_000
        @Option(help: "Where to write the Slimmer site.") var output: String
        @Option(help: "The theme folder to copy.") var theme = "themes/slimmer"

        func run() throws {
            let root = URL(fileURLWithPath: output)
            try Corpus.write(Corpus(pages: pages).slimmerFiles(), to: root)
            try copyTheme(from: URL(fileURLWithPath: theme), to: root.appendingPathComponent("themes/slimmer"))
            print("Wrote \(pages) items to \(output)")
        }
    }

    /// Writes the sites of one size of `compare`, in a process of its own (see
    /// ``ComparisonRunner/siteWriter``).
    struct WriteSites: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "write-sites", abstract: "Write the sites of one size of compare.", shouldDisplay: false)
        @Option var root: String
        @Option var pages: Int
        @Option var theme: String
        @Option var hugoLayouts: String
        @Flag var withoutHugo = false

        func run() throws {
            try ComparisonSites(root: URL(fileURLWithPath: root)).write(
                pages: pages, theme: URL(fileURLWithPath: theme), hugoLayouts: URL(fileURLWithPath: hugoLayouts),
                withHugo: !withoutHugo)
        }
    }

    /// Measures incremental rebuilds at a size.
    struct Rebuild: ParsableCommand {
        @Option(help: "How many content items.") var pages = 10_000
        @Option(help: "The theme folder to copy.") var theme = "themes/slimmer"

        func run() throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-rebuild-\(pages)")
            try? FileManager.default.removeItem(at: root)
            try Corpus.write(Corpus(pages: pages).slimmerFiles(), to: root)
            try copyTheme(from: URL(fileURLWithPath: theme), to: root.appendingPathComponent("themes/slimmer"))
            let (full, results) = try RebuildBenchmark(root: root).run()
            print("Rebuilds at \(pages) items (full build in memory: \(milliseconds(full)) ms)")
            for result in results {
                print(
                    "  \(result.name): median \(milliseconds(result.median)) ms, \(result.pagesRendered) pages rendered"
                )
                print("    " + result.steps.map { "\($0.0) \(milliseconds($0.1)) ms" }.joined(separator: ", "))
            }
            try? FileManager.default.removeItem(at: root)
        }
    }
}

func copyTheme(from source: URL, to target: URL) throws {
    try? FileManager.default.removeItem(at: target)
    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: source, to: target)
}

func milliseconds(_ duration: Duration) -> Int {
    Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
}
