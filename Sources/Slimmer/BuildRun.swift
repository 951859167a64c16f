import SlimmerContent

/// The bookkeeping of one build: the diagnostics and timings of its steps.
struct BuildRun {
    /// Warnings count as errors.
    let strict: Bool
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var timings: [(step: String, duration: Duration)] = []
    private(set) var wrote = false

    init(strict: Bool = false) {
        self.strict = strict
    }

    /// A run that only reports the timings of another.
    init(timings: [(step: String, duration: Duration)]) {
        self.strict = false
        self.timings = timings
    }

    var hasErrors: Bool { diagnostics.hasErrors }

    /// Runs a step that reports diagnostics alongside its result.
    mutating func step<Result>(_ name: String, _ body: () -> (Result, [Diagnostic])) -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let (result, found) = body()
        addTime(clock.now - start, to: name)
        diagnostics +=
            strict
            ? found.map {
                var d = $0; d.severity = .error; return d
            } : found
        return result
    }

    /// Runs part of a step whose work is interleaved with another's (a
    /// streamed build renders bodies and their pages chunk by chunk).
    mutating func time<Result>(_ name: String, _ body: () -> Result) -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let result = body()
        addTime(clock.now - start, to: name)
        return result
    }

    private mutating func addTime(_ duration: Duration, to name: String) {
        if let index = timings.firstIndex(where: { $0.step == name }) {
            timings[index].duration += duration
        } else {
            timings.append((name, duration))
        }
    }

    /// Runs a step that only checks.
    mutating func check(_ name: String, _ body: () -> [Diagnostic]) {
        step(name) { ((), body()) }
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
