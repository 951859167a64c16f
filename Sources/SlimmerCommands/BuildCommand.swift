import ArgumentParser
import Foundation
import Slimmer
import SlimmerContent
import SlimmerRender

/// `slimmer build`: builds the site into a folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into a folder (public/ by default).")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The output folder, relative to the current folder.")
    var output: String = "public"

    @Flag(name: .long, help: "Print how long each step took.")
    var timings = false

    func run() throws {
        let options = try site.buildOptions()
        let outputURL = URL(
            fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let report = Site(root: site.sourceURL, options: options).buildBeforeExit(
            into: DiskOutputWriter(output: outputURL, jobs: options.jobs))
        site.report(report.diagnostics)
        var stderr = StandardError()
        guard report.succeeded else {
            let count = report.diagnostics.filter { $0.severity == .error }.count
            print(
                "Build failed with \(count) error\(count == 1 ? "" : "s"); \(output) was left as it was.", to: &stderr)
            throw ExitCode.failure
        }
        guard site.format == .text else { return }
        print(Summary(report: report, output: output).text)
        if timings { print(Summary(report: report, output: output).timingTable) }
    }
}
