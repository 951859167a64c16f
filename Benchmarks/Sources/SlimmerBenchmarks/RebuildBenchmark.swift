import Foundation
import Slimmer
import SlimmerContent

/// Measures the preview server's rebuilds on a generated corpus: a body edit
/// and a front-matter edit of one file, each repeated, medians reported.
public struct RebuildBenchmark {
    public let root: URL
    public let repetitions: Int

    public init(root: URL, repetitions: Int = 7) {
        self.root = root
        self.repetitions = repetitions
    }

    /// One measured kind of edit.
    public struct Result: Sendable {
        public var name: String
        public var median: Duration
        public var pagesRendered: Int
        /// Median duration per step.
        public var steps: [(String, Duration)]
    }

    public func run() throws -> (full: Duration, results: [Result]) {
        let clock = ContinuousClock()
        var session = SiteSession(fileSystem: LocalFileSystem(root: root), options: BuildOptions(now: Self.now))
        let fullStart = clock.now
        let report = session.build()
        let full = clock.now - fullStart
        guard report.succeeded else {
            throw BenchmarkFailure(message: report.diagnostics.prefix(5).map(\.description).joined(separator: "\n"))
        }
        let target = "content/cases/casus-1.md"
        let url = root.appendingPathComponent(target)
        let original = try String(contentsOf: url, encoding: .utf8)
        var results: [Result] = []
        for (name, edit) in [
            ("body edit", { (n: Int) in original + "\nExtra zin \(n).\n" }),
            (
                "front-matter edit",
                { (n: Int) in original.replacingOccurrences(of: "title: \"", with: "title: \"Nieuw \(n) ") }
            ),
        ] {
            var times: [Duration] = []
            var steps: [String: [Duration]] = [:]
            var order: [String] = []
            var pages = 0
            for n in 0..<repetitions {
                try Data(edit(n).utf8).write(to: url)
                let summary = session.rebuild([target])
                times.append(summary.duration)
                pages = summary.pagesRendered
                for (step, duration) in summary.timings {
                    if steps[step] == nil { order.append(step) }
                    steps[step, default: []].append(duration)
                }
            }
            try Data(original.utf8).write(to: url)
            _ = session.rebuild([target])
            let medians = order.map { step in (step, steps[step]!.sorted()[steps[step]!.count / 2]) }
            results.append(
                Result(name: name, median: times.sorted()[times.count / 2], pagesRendered: pages, steps: medians))
        }
        return (full, results)
    }

    /// The pinned moment, so that every run publishes the same pages.
    public static let now = Date(timeIntervalSince1970: 1_796_000_000)
}

/// A benchmark that could not run.
public struct BenchmarkFailure: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
