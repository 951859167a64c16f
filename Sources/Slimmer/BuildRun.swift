import SlimmerContent

/// The bookkeeping of one build: the diagnostics and timings of its steps.
struct BuildRun {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var timings: [(step: String, duration: Duration)] = []
    private var wrote = false

    var hasErrors: Bool { diagnostics.hasErrors }

    /// Runs a step that reports diagnostics alongside its result.
    mutating func step<Result>(_ name: String, _ body: () -> (Result, [Diagnostic])) -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let (result, found) = body()
        timings.append((name, clock.now - start))
        diagnostics += found
        return result
    }

    /// Runs a step that cannot report problems.
    mutating func step<Result>(_ name: String, _ body: () -> Result) -> Result {
        step(name) { (body(), []) }
    }

    /// Runs the write step; a failure to write is an error of the build.
    mutating func step(_ name: String, _ body: () throws -> Void) {
        step(name) { () -> (Void, [Diagnostic]) in
            do {
                try body()
                return ((), [])
            } catch {
                return ((), [Diagnostic(file: "output", message: "cannot write the site: \(error)")])
            }
        }
        wrote = !hasErrors
    }

    func report(counts: [String: Int], files: Int) -> BuildReport {
        BuildReport(
            diagnostics: diagnostics.sorted(), pageCounts: counts, fileCount: files, timings: timings, wrote: wrote)
    }
}
