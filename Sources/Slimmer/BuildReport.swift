import SlimmerContent

/// What a build did: its problems, what it wrote and how long each step took.
public struct BuildReport: Sendable {
    /// Every problem found, sorted by file and line.
    public var diagnostics: [Diagnostic]
    /// Pages per kind ("doetank", "theme", …).
    public var pageCounts: [String: Int]
    /// Files written, including static files, sitemap and robots.txt.
    public var fileCount: Int
    /// Each step's name and duration, in order.
    public var timings: [(step: String, duration: Duration)]
    /// True when the output was written.
    public var wrote: Bool

    /// True when the build had no errors.
    public var succeeded: Bool { !diagnostics.hasErrors }

    /// Total time of all steps.
    public var duration: Duration { timings.reduce(.zero) { $0 + $1.duration } }
}
