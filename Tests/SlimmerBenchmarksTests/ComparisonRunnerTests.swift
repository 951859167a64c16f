import Foundation
import Testing

@testable import SlimmerBenchmarks

/// The comparison runs Slimmer, Hugo and the cmark floor in turn, so that a
/// busier stretch of the shared machine slows all three alike.
@Suite struct ComparisonRunnerTests {
    /// Stand-ins that note their name in `log` (and, for the builds, make
    /// their output folder), run through the real runner.
    @Test func slimmerHugoAndTheFloorRunInTurn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-runner-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("order.txt").path
        func tool(_ name: String, output: String?) throws -> String {
            let path = folder.appendingPathComponent(name).path
            let make = output.map { "mkdir -p \"\($0)\"; touch \"\($0)/index.html\"\n" } ?? ""
            try Data("#!/bin/sh\necho \(name) >> \"\(log)\"\n\(make)".utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            return path
        }
        // Slimmer's output folder is its 5th argument, Hugo's its 4th.
        let tools = ComparisonRunner.Tools(
            slimmer: try tool("slimmer", output: "$5"), hugo: try tool("hugo", output: "$4"),
            cmark: try tool("cmark", output: nil))
        let runner = ComparisonRunner(
            tools: tools, runs: 2, work: folder.appendingPathComponent("work"),
            theme: CorpusTests.repository.appendingPathComponent("themes/slimmer"),
            hugoLayouts: CorpusTests.repository.appendingPathComponent("Benchmarks/hugo/layouts"))
        let result = try runner.run(pages: 3, withHugo: true)
        let order = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(order == Array(repeating: ["slimmer", "hugo", "cmark"], count: 3).flatMap { $0 })
        #expect(result.measurements.mapValues(\.count) == [.slimmer: 2, .hugo: 2, .cmark: 2])
        #expect(result.outputs[.slimmer]?.html == 1 && result.outputs[.hugo]?.html == 1)
    }
}
