import Foundation

/// Builds the same corpus with Slimmer and Hugo and runs the cmark floor on
/// it, all three in turn: the `slimmer-bench compare` benchmark.
public struct ComparisonRunner: Sendable {
    /// The programs compared.
    public struct Tools: Sendable {
        /// The release `slimmer` executable.
        public var slimmer: String
        public var hugo: String
        public var cmark: String

        public init(slimmer: String, hugo: String, cmark: String) {
            self.slimmer = slimmer
            self.hugo = hugo
            self.cmark = cmark
        }
    }

    public var tools: Tools
    /// Counted runs of each program, after one warm-up run each.
    public var runs: Int
    /// Where the sites and outputs go. The runner deletes nothing: see ``run(pages:withHugo:)``.
    public var work: URL
    public var theme: URL
    public var hugoLayouts: URL
    /// The `--now` Slimmer builds with; Hugo's counterpart is ``Corpus/hugoNow``.
    public var now = "2026-12-01T12:00"
    /// A command that writes the sites in a child process (`slimmer-bench
    /// write-sites`), given the arguments of ``ComparisonSites/arguments``.
    /// Generating in this process would make every measured peak at least
    /// this process's own: `posix_spawn` starts the child in the parent's
    /// memory (vfork), and Linux carries that memory's high-water mark over
    /// `exec` into the child's `ru_maxrss`. With the 100,000-page corpus in
    /// memory that read 2,248 MiB for every program.
    public var siteWriter: [String]?
    /// Where progress goes (standard error in the command).
    public var progress: @Sendable (String) -> Void = { _ in }

    public init(tools: Tools, runs: Int, work: URL, theme: URL, hugoLayouts: URL) {
        self.tools = tools
        self.runs = runs
        self.work = work
        self.theme = theme
        self.hugoLayouts = hugoLayouts
    }

    /// Generates a corpus of `pages` items, builds it with Slimmer and (when
    /// `withHugo`) Hugo, and runs the cmark floor, in turn (A B C A B C…). Sites and outputs
    /// stay in ``work`` for the caller to delete after the last size: on ext4
    /// without a journal, the kernel skips inodes freed in the last minute (five
    /// while their table is unwritten) one by one when it allocates new ones, so
    /// deleting one size's 20,000 files made the next size's builds scan them.
    public func run(pages: Int, withHugo: Bool) throws -> ComparisonResult {
        let sites = ComparisonSites(root: work.appendingPathComponent("size-\(pages)"))
        progress("\(pages) pages: generating the site\(withHugo ? "s" : "")")
        if let siteWriter {
            try ChildProcess.run(
                siteWriter
                    + ComparisonSites.arguments(
                        root: sites.root, pages: pages, theme: theme, hugoLayouts: hugoLayouts, withHugo: withHugo))
        } else {
            try sites.write(pages: pages, theme: theme, hugoLayouts: hugoLayouts, withHugo: withHugo)
        }
        var result = ComparisonResult(pages: pages)
        var programs = [Program.slimmer]
        if withHugo { programs.append(.hugo) }
        // The floor in the same rotation, so that a busier stretch of the
        // shared machine slows the floor as much as the builds.
        programs.append(.cmark)
        for run in 0...runs {
            for program in programs {
                // The earlier runs' outputs reach the disk first, outside the
                // clock: the kernel would otherwise write them back during
                // whichever run came about half a minute later.
                sync()
                let measurement = try measure(program, run: run, sites: sites, into: &result)
                progress("\(pages) pages: \(program) \(run == 0 ? "warm-up" : "run \(run)"): \(describe(measurement))")
                if run > 0 { result.measurements[program, default: []].append(measurement) }
            }
        }
        return result
    }

    /// One run of `program`; a build's warm-up run also records what it wrote and printed.
    private func measure(
        _ program: Program, run: Int, sites: ComparisonSites, into result: inout ComparisonResult
    ) throws -> Measurement {
        guard program != .cmark else { return try ChildProcess.run(command(.cmark, sites: sites, output: "")) }
        let output = sites.root.appendingPathComponent("out-\(program)-\(run)")
        let log = sites.root.appendingPathComponent("log-\(program)-\(run).txt")
        let measurement = try ChildProcess.run(
            command(program, sites: sites, output: output.path), output: log.path, log: log.path)
        if run == 0 {
            result.outputs[program] = OutputCount(of: output)
            result.logs[program] = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        return measurement
    }

    func command(_ program: Program, sites: ComparisonSites, output: String) -> [String] {
        switch program {
        case .slimmer:
            [tools.slimmer, "build", "--source", sites.slimmer.path, "--output", output, "--now", now]
        case .hugo: [tools.hugo, "--source", sites.hugo.path, "--destination", output, "--quiet"]
        case .cmark: [tools.cmark, "--unsafe", sites.markdown.path]
        }
    }

    func describe(_ measurement: Measurement) -> String {
        String(
            format: "%.2f s wall, %.2f s CPU, %d MiB", measurement.wall, measurement.cpu, measurement.peakKiB / 1024)
    }
}

/// One of the measured programs.
public enum Program: String, Sendable, Hashable, CustomStringConvertible {
    case slimmer, hugo, cmark

    public var description: String { rawValue }
}

/// What one size of the comparison measured.
public struct ComparisonResult: Sendable {
    public var pages: Int
    /// The counted runs of each program, in order.
    public var measurements: [Program: [Measurement]] = [:]
    /// What each build wrote (counted after the warm-up run).
    public var outputs: [Program: OutputCount] = [:]
    /// What each build printed in its warm-up run.
    public var logs: [Program: String] = [:]

    public init(pages: Int) {
        self.pages = pages
    }

    /// The median of each measure over the counted runs, taken separately.
    public func median(_ program: Program) -> Measurement? {
        guard let runs = measurements[program], !runs.isEmpty else { return nil }
        return Measurement(
            wall: Self.median(runs.map(\.wall)), cpu: Self.median(runs.map(\.cpu)),
            peakKiB: Int(Self.median(runs.map { Double($0.peakKiB) })))
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
