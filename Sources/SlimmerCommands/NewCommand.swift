import ArgumentParser
import Foundation
import Slimmer
import SlimmerContent

/// `slimmer new <type> "Title"`: a new content file from the theme's archetype.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Create a content file from the theme's archetype.",
        discussion:
            "Example: slimmer new event \"Netwerkcafé maart 2027\" writes content/events/netwerkcafe-maart-2027.md."
    )

    @Argument(help: "The type: doetank, case, event, outcome or page.")
    var type: String

    @Argument(help: "The title; it also gives the file name.")
    var title: String

    @Option(name: .long, help: "The site's root folder, holding site.yml.")
    var source: String = "."

    func run() throws {
        let root = URL(
            fileURLWithPath: source, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        )
        .standardizedFileURL
        do {
            let kind = try NewItem.kind(named: type)
            let item = try NewItem.make(kind: kind, title: title, fileSystem: LocalFileSystem(root: root), now: Date())
            let url = root.appendingPathComponent(item.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // withoutOverwriting: another editor's file that appeared since the check is never replaced.
            try Data(item.text.utf8).write(to: url, options: .withoutOverwriting)
            print("Created \(item.path). Fill in the fields marked \"verplicht\", then set draft: false to publish.")
        } catch let failure as NewItem.Failure {
            throw ValidationError(failure.description)
        }
    }
}
