import ArgumentParser
import Foundation
import SlimmerBenchmarks

/// `slimmer-bench compare`: clean builds of the same generated corpus with
/// Slimmer and Hugo, alternated, against the cmark floor. Prints a Markdown
/// table per size; exits non-zero only when a build fails.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare clean builds of a generated corpus with Slimmer and Hugo.")

    @Option(help: "Corpus sizes built by both, comma-separated.") var sizes = "1000,10000"
    @Option(help: "Counted runs of each build, after one warm-up run.") var runs = 3
    @Option(help: "Sizes built by Slimmer alone (comma-separated), e.g. 100000.") var slimmerOnly = ""
    @Option(help: "The release slimmer executable.") var slimmer = ".build/release/slimmer"
    @Option(help: "The hugo executable.") var hugo = "hugo"
    @Option(help: "The cmark executable (the floor).") var cmark = "cmark"
    @Option(help: "The theme folder Slimmer's site copies.") var theme = "themes/slimmer"
    @Option(help: "The Hugo layouts folder the Hugo site copies.") var hugoLayouts = "Benchmarks/hugo/layouts"
    @Option(help: "Where the sites are generated and built (emptied afterwards).") var work: String?
    @Flag(help: "Keep the sites and every output in --work.") var keep = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
        guard FileManager.default.isExecutableFile(atPath: slimmer) else {
            throw ValidationError(
                "No slimmer executable at \(slimmer): run `swift build -c release --product slimmer` or pass --slimmer."
            )
        }
        for (path, name) in [(theme, "--theme"), (hugoLayouts, "--hugo-layouts")]
        where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("No folder \(path) (\(name)): run from the repository's root.")
        }
    }

    func run() throws {
        let both = try Self.parse(sizes)
        let alone = try Self.parse(slimmerOnly)
        let absolute = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL }
        let tools = ComparisonRunner.Tools(slimmer: absolute(slimmer).path, hugo: hugo, cmark: cmark)
        let machine = ComparisonMachine(tools: tools)
        if !both.isEmpty && !machine.versions.contains(where: { $0.hasPrefix("hugo") }) {
            throw ValidationError("Cannot run \(hugo): install it (`apt-get install hugo`) or pass --hugo.")
        }
        guard machine.versions.contains(where: { $0.hasPrefix("cmark") }) else {
            throw ValidationError("Cannot run \(cmark): install it (`apt-get install cmark`) or pass --cmark.")
        }
        let folder =
            work.map(absolute)
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-compare-\(getpid())")
        var runner = ComparisonRunner(
            tools: tools, runs: runs, work: folder, theme: absolute(theme), hugoLayouts: absolute(hugoLayouts))
        runner.siteWriter = [URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path, "write-sites"]
        runner.progress = { FileHandle.standardError.write(Data("  \($0)\n".utf8)) }
        // Only now, after every size: see ComparisonRunner.run(pages:withHugo:).
        // And then `sync`, here and before the first size: on ext4 without a
        // journal the kernel skips freed inodes for 6 minutes while their table
        // is unwritten, 1 minute once written, which made a build right after a
        // benchmark (or after deleting an earlier output) take 7 s, not 1.7.
        defer {
            if !keep { try? FileManager.default.removeItem(at: folder) }
            sync()
        }
        sync()

        emit("## Slimmer and Hugo: clean builds\n\n" + machine.markdown)
        for (pages, withHugo) in both.map({ ($0, true) }) + alone.map({ ($0, false) }) {
            let result = try runner.run(pages: pages, withHugo: withHugo)
            emit(ComparisonTable(result: result).markdown + "\n")
            for (program, log) in result.logs.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let lines = log.split(separator: "\n").prefix(5)
                if !lines.isEmpty { emit("\(program) printed: " + lines.joined(separator: " / ") + "\n\n") }
            }
        }
    }

    /// Writes `text` to standard output at once, so the tables appear as
    /// each size finishes even when the output is a pipe.
    func emit(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// `1000,10000` as numbers.
    static func parse(_ list: String) throws -> [Int] {
        try list.split(separator: ",").map {
            guard let size = Int($0.trimmingCharacters(in: .whitespaces)), size > 0 else {
                throw ValidationError("Not a size: \($0)")
            }
            return size
        }
    }
}
