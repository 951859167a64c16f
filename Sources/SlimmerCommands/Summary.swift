import Slimmer

/// The lines a build ends with: pages per kind and time taken.
struct Summary {
    let report: BuildReport
    /// The output folder, or nil for a build into memory.
    let output: String?

    var text: String {
        let order = [
            "home", "doetank", "case", "event", "outcome", "page", "section index", "theme", "topic", "term overview",
            "search", "404",
        ]
        let parts = order.compactMap { kind in report.pageCounts[kind].map { "\($0) \(kind)" } }
        let pages = report.pageCounts.values.reduce(0, +)
        let warnings = report.diagnostics.count
        let target = output.map { "into \($0)/" } ?? "in memory"
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        var text =
            "Built \(pages) pages (\(parts.joined(separator: ", "))) and \(report.fileCount - pages) other files \(target) in \(milliseconds(report.duration)) ms."
        if errors > 0 { text = "The build has \(errors) error\(errors == 1 ? "" : "s"); nothing was built." }
        if warnings > errors { text += " \(warnings - errors) warning\(warnings - errors == 1 ? "" : "s")." }
        return text
    }

    var timingTable: String {
        report.timings.map {
            "  \($0.step.padding(toLength: 10, withPad: " ", startingAt: 0)) \(milliseconds($0.duration)) ms"
        }
        .joined(separator: "\n")
    }

    private func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
