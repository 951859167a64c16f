import Foundation
import Testing

@testable import Slimmer

/// Each site under `Tests/Fixtures/invalid/` must fail with exactly the
/// diagnostics in its `expected.txt`, and write nothing.
@Suite struct InvalidSiteTests {
    @Test(arguments: Fixtures.names(in: "invalid"))
    func siteReportsExactlyItsExpectedDiagnostics(name: String) throws {
        let folder = Fixtures.root.appendingPathComponent("invalid/\(name)")
        let (report, built) = Fixtures.build(folder)
        let expectedFile = folder.appendingPathComponent("expected.txt")
        let actual = report.diagnostics.map(\.description).joined(separator: "\n") + "\n"
        if Fixtures.recording {
            try actual.write(to: expectedFile, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(actual == expected)
        #expect(!report.succeeded)
        #expect(built.isEmpty, "a failed build must write nothing")
    }
}
