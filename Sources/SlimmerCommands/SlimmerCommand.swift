import ArgumentParser

/// `slimmer`: the command-line entry point.
public struct SlimmerCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "slimmer",
        abstract: "Builds the Slimmernetwerk portal from Markdown content and a Mustache theme.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, NextChangeCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    public init() {}
}
