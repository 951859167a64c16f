import ArgumentParser
import Foundation
import Slimmer
import SlimmerContent

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site's root folder, holding site.yml.")
    var source: String = "."

    @Option(
        name: .long,
        help:
            "The moment to build for (e.g. 2026-12-01T12:00, in the site's time zone); pins publish dates and upcoming events."
    )
    var now: String?

    @Flag(name: .long, help: "Include items marked draft: true.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "Replace baseURL from site.yml.")
    var baseURL: String?

    @Flag(name: .long, help: "Treat warnings (missing alt text, skipped heading levels) as errors.")
    var strict = false

    @Option(name: .long, help: "How many threads to use (default: one per core).")
    var jobs: Int?

    @Option(name: .long, help: "How to print problems: text or json.")
    var format: DiagnosticFormat = .text

    var sourceURL: URL {
        URL(fileURLWithPath: source, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    var fileSystem: LocalFileSystem { LocalFileSystem(root: sourceURL) }

    /// A `--now` without an offset is in the site's time zone, like every date in the content.
    var siteTimeZone: TimeZone {
        SiteConfig.load(from: fileSystem).0?.timeZone ?? TimeZone(identifier: "Europe/Amsterdam")!
    }

    /// The moment given with `--now`, or the current one.
    func moment() throws -> Date {
        guard let now else { return Date() }
        switch DateValue.parse(now, timeZone: siteTimeZone) {
        case .success(let value): return value.instant
        case .failure(let problem):
            throw ValidationError("--now \(problem): \"\(now)\". Write it as 2026-12-01 or 2026-12-01T12:00.")
        }
    }

    /// The build options, or a validation error naming the bad `--now`.
    func buildOptions() throws -> BuildOptions {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more.") }
        return BuildOptions(
            now: try moment(), includeDrafts: drafts, baseURL: baseURL, strict: strict,
            jobs: jobs ?? ParallelMap.defaultJobs)
    }

    /// Prints diagnostics in the chosen format to standard error (JSON to standard
    /// output), and as annotations when running under GitHub Actions.
    func report(_ diagnostics: [Diagnostic]) {
        let printer = DiagnosticPrinter(fileSystem: fileSystem)
        var stderr = StandardError()
        switch format {
        case .text: print(printer.text(diagnostics), terminator: "", to: &stderr)
        case .json: print(printer.json(diagnostics), terminator: "")
        }
        if ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true" {
            print(printer.githubAnnotations(diagnostics), terminator: "")
        }
    }
}
