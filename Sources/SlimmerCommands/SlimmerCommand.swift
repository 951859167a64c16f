import ArgumentParser

/// `slimmer`: the command-line entry point.
public struct SlimmerCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "slimmer",
        abstract: "Builds the Slimmernetwerk portal from Markdown content and a Mustache theme.",
        subcommands: [
            BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, NextChangeCommand.self,
        ],
        defaultSubcommand: BuildCommand.self
    )

    public init() {}
}
