import Foundation
import Testing

@testable import Slimmer

/// Builds each fixture site under `Tests/Fixtures/sites/` and compares every
/// output file with `Tests/Fixtures/golden/<name>/`. Run with
/// `SLIMMER_RECORD=1 swift test` to re-record, then review the diff.
@Suite struct GoldenSiteTests {
    @Test(arguments: Fixtures.names(in: "sites"))
    func siteMatchesItsGoldenOutput(name: String) throws {
        let (report, built) = Fixtures.build(Fixtures.root.appendingPathComponent("sites/\(name)"))
        #expect(report.diagnostics.map(\.description) == [])
        let golden = Fixtures.root.appendingPathComponent("golden/\(name)")
        if Fixtures.recording {
            try? FileManager.default.removeItem(at: golden)
            for (path, data) in built {
                let url = golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            return
        }
        let expected = Fixtures.files(under: golden)
        #expect(built.keys.sorted() == expected.keys.sorted(), "the set of output files differs")
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            let actual = built[path].map { String(decoding: $0, as: UTF8.self) }
            #expect(actual == String(decoding: data, as: UTF8.self), "\(path) differs from its golden file")
        }
    }

    @Test func buildsAreByteIdenticalWhateverTheTimeZoneOfTheMachine() {
        let folder = Fixtures.root.appendingPathComponent("sites/basic")
        let first = Fixtures.build(folder).1
        let saved = ProcessInfo.processInfo.environment["TZ"]
        setenv("TZ", "Pacific/Kiritimati", 1)
        tzset()
        NSTimeZone.resetSystemTimeZone()
        let second = Fixtures.build(folder).1
        if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
        tzset()
        NSTimeZone.resetSystemTimeZone()
        #expect(first == second)
        #expect(!first.isEmpty)
    }
}
