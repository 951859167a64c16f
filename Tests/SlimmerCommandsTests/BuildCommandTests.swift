import ArgumentParser
import Foundation
import Testing

@testable import SlimmerCommands

/// Runs `slimmer build` in-process against the fixture sites.
@Suite struct BuildCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func command(_ arguments: [String]) throws -> BuildCommand {
        try #require(try SlimmerCommand.parseAsRoot(arguments) as? BuildCommand)
    }

    @Test func buildWritesTheSiteIntoTheOutputFolder() throws {
        let output = try temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let source = Self.fixtures.appendingPathComponent("sites/basic").path
        try command(["build", "--source", source, "--output", output.path, "--now", "2026-03-12T18:00"]).run()
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<h1>Testnetwerk</h1>"))
        #expect(
            FileManager.default.fileExists(atPath: output.appendingPathComponent("doetanks/rekenkamer/index.html").path)
        )
        #expect(
            !FileManager.default.fileExists(atPath: output.appendingPathComponent("doetanks/concept/index.html").path))
    }

    @Test func draftsFlagIncludesDrafts() throws {
        let output = try temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let source = Self.fixtures.appendingPathComponent("sites/basic").path
        try command(["build", "--source", source, "--output", output.path, "--drafts"]).run()
        #expect(
            FileManager.default.fileExists(atPath: output.appendingPathComponent("doetanks/concept/index.html").path))
    }

    @Test func failedBuildExitsNonZeroAndLeavesTheOldOutput() throws {
        let output = try temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("vorige versie".utf8).write(to: output.appendingPathComponent("index.html"))
        let source = Self.fixtures.appendingPathComponent("invalid/many-mistakes").path
        #expect(throws: ExitCode.failure) {
            try command(["build", "--source", source, "--output", output.path]).run()
        }
        let kept = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(kept == "vorige versie")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["index.html"])
    }

    @Test func impossibleNowIsRejectedWithItsReason() throws {
        #expect(throws: ValidationError.self) {
            try command(["build", "--now", "2026-02-30"]).site.buildOptions()
        }
    }
}
