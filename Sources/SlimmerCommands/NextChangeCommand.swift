import ArgumentParser
import Foundation
import Slimmer
import SlimmerContent

/// `slimmer next-change`: when the output will change by itself.
struct NextChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next-change",
        abstract:
            "Print the next moment the site changes without a commit (publish date, expiry, event becoming past).",
        discussion: "Prints an ISO 8601 date-time and the file, or \"none\". CI can schedule the next rebuild for it."
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let fileSystem = site.fileSystem
        let (loaded, diagnostics) = SiteConfig.load(from: fileSystem)
        guard let config = loaded, !diagnostics.hasErrors else {
            site.report(diagnostics)
            throw ExitCode.failure
        }
        let items = ContentLoader(fileSystem: fileSystem, config: config).load().items
        guard let change = NextChange.after(try site.moment(), items: items, includeDrafts: site.drafts) else {
            print("none")
            return
        }
        let moment = DateValue(instant: change.moment.instant, hasTime: true, timeZone: config.timeZone)
        print("\(moment.iso) \(change.file) \(change.reason)")
    }
}
