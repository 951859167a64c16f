import ArgumentParser
import Foundation
import Slimmer

/// `slimmer check`: every check of a build, without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the site for every mistake a build would find; write nothing.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let report = Site(root: site.sourceURL, options: try site.buildOptions()).build(into: nil)
        site.report(report.diagnostics)
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.count - errors
        if site.format == .text {
            var stderr = StandardError()
            let line =
                errors == 0 && warnings == 0
                ? "No problems found."
                : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")."
            print(line, to: &stderr)
        }
        if errors > 0 { throw ExitCode.failure }
    }
}
