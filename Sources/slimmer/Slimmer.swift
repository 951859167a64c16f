import ArgumentParser
import SlimmerCommands

// The async entry point, so that `serve` can run its server and watcher.
@main
extension SlimmerCommand {}
