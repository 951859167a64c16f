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
        help: "The moment to build for (ISO 8601, e.g. 2026-12-01T12:00); pins publish dates and upcoming events.")
    var now: String?

    @Flag(name: .long, help: "Include items marked draft: true.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "Replace baseURL from site.yml.")
    var baseURL: String?

    var sourceURL: URL {
        URL(fileURLWithPath: source, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    /// A `--now` without an offset is in the site's time zone, like every date in the content.
    private var siteTimeZone: TimeZone {
        SiteConfig.load(from: LocalFileSystem(root: sourceURL)).0?.timeZone ?? TimeZone(identifier: "Europe/Amsterdam")!
    }

    /// The build options, or a validation error naming the bad `--now`.
    func buildOptions() throws -> BuildOptions {
        var moment = Date()
        if let now {
            switch DateValue.parse(now, timeZone: siteTimeZone) {
            case .success(let value): moment = value.instant
            case .failure(let problem):
                throw ValidationError("--now \(problem): \"\(now)\". Write it as 2026-12-01 or 2026-12-01T12:00.")
            }
        }
        return BuildOptions(now: moment, includeDrafts: drafts, baseURL: baseURL)
    }
}
