import Foundation
import Testing

@testable import Slimmer

/// Each site under `Tests/Fixtures/invalid/` must report exactly the
/// diagnostics in its `expected.txt`; with an error it must write nothing.
/// A fixture whose name ends in `-strict` is built with `--strict`.
@Suite struct InvalidSiteTests {
    @Test(arguments: Fixtures.names(in: "invalid"))
    func siteReportsExactlyItsExpectedDiagnostics(name: String) throws {
        let folder = Fixtures.root.appendingPathComponent("invalid/\(name)")
        let (report, built) = Fixtures.build(folder, strict: name.hasSuffix("-strict"))
        let expectedFile = folder.appendingPathComponent("expected.txt")
        let actual = report.diagnostics.map(\.description).joined(separator: "\n") + "\n"
        if Fixtures.recording {
            try actual.write(to: expectedFile, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(actual == expected)
        if expected.contains(": error: ") {
            #expect(!report.succeeded)
            #expect(built.isEmpty, "a failed build must write nothing")
        } else {
            #expect(report.succeeded, "warnings alone must not stop the build")
            #expect(!built.isEmpty)
        }
    }
}
