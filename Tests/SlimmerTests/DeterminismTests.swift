import Foundation
import Testing

/// The same input gives byte-identical output whatever the machine's time
/// zone, locale, file times or core count. Runs the real `slimmer` binary in
/// child processes, since time zone and locale are fixed per process.
@Suite struct DeterminismTests {
    /// `slimmer`, built next to the test runner.
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("slimmer")

    func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A copy of `source` whose files carry scattered modification times.
    func copyWithScrambledTimes(_ source: URL, to target: URL) throws {
        try FileManager.default.copyItem(at: source, to: target)
        let files = FileManager.default.enumerator(at: target, includingPropertiesForKeys: nil)
        var seconds: TimeInterval = 1_000_000_000
        while let url = files?.nextObject() as? URL {
            seconds += 86_400 * 37
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: seconds)], ofItemAtPath: url.path)
        }
    }

    @Test func outputIsIdenticalAcrossTimeZoneLocaleFileTimesAndCores() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the slimmer binary first")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-det-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let source = Fixtures.root.appendingPathComponent("sites/basic")
        let scrambled = work.appendingPathComponent("scrambled")
        try copyWithScrambledTimes(source, to: scrambled)
        let first = work.appendingPathComponent("a")
        let second = work.appendingPathComponent("b")
        let now = ["--now", "2026-03-12T18:00"]
        let statusA = try run(
            ["build", "--source", source.path, "--output", first.path] + now,
            environment: ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"])
        let statusB = try run(
            ["build", "--source", scrambled.path, "--output", second.path, "--jobs", "1"] + now,
            environment: ["TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"])
        #expect(statusA == 0)
        #expect(statusB == 0)
        let a = Fixtures.files(under: first)
        let b = Fixtures.files(under: second)
        #expect(a.count > 20)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a where b[path] != data {
            Issue.record("\(path) differs between the two builds")
        }
    }

    @Test func oneCoreAndAllCoresGiveTheSameBytes() {
        let folder = Fixtures.root.appendingPathComponent("sites/basic")
        let single = Fixtures.build(folder, jobs: 1).1
        let parallel = Fixtures.build(folder, jobs: 8).1
        #expect(!single.isEmpty)
        #expect(single == parallel)
    }
}
