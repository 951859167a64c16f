import Foundation
import Slimmer
import SlimmerContent
import SlimmerRender
import Testing

/// Content files and site.yml that are not UTF-8: the build names each such
/// file, at the line of the first bad byte, and writes nothing.
@Suite struct EncodingFuzzTests {
    static let caseCount = 150

    /// Byte sequences that are never valid UTF-8.
    static let invalidSequences: [(name: String, bytes: [UInt8])] = [
        ("Latin-1 é", [0xE9]), ("Latin-1 ë", [0xEB]), ("lone continuation 0x80", [0x80]),
        ("lone continuation 0xBF", [0xBF]), ("three continuations", [0x80, 0x81, 0x82]),
        ("overlong /", [0xC0, 0xAF]), ("overlong C1", [0xC1, 0xBF]), ("overlong 3-byte /", [0xE0, 0x80, 0xAF]),
        ("overlong 4-byte /", [0xF0, 0x80, 0x80, 0xAF]), ("overlong NUL", [0xC0, 0x80]),
        ("UTF-16 surrogate", [0xED, 0xA0, 0x80]), ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ("0xF5", [0xF5, 0x80, 0x80, 0x80]), ("0xFE", [0xFE]), ("0xFF", [0xFF]),
        ("lead byte then ASCII", [0xC3, 0x41]), ("truncated 3-byte", [0xE2, 0x82]),
        ("5-byte form", [0xF8, 0x88, 0x80, 0x80, 0x80]),
    ]

    @Test func invalidUTF8IsNamedInItsFileAndNothingIsWritten() {
        let name = "EncodingFuzz"
        let targets = BasicSite.contentFiles + ["site.yml"]
        var failures = 0
        for index in Fuzz.cases(Self.caseCount) {
            var random = Fuzz.generator(name, case: index)
            let target = random.pick(targets)
            var bytes = [UInt8](BasicSite.files[target]!)
            let expectedLine: Int
            let note: String
            switch Int.random(in: 0..<10, using: &random) {
            case 0:
                bytes = latin1(bytes)
                if bytes.allSatisfy({ $0 < 0x80 }) {
                    bytes.insert(0xE9, at: Int.random(in: 0...bytes.count, using: &random))
                }
                expectedLine = line(of: bytes.firstIndex { $0 >= 0x80 }!, in: bytes)
                note = "transcoded to Latin-1"
            case 1:
                bytes = utf16(bytes, bigEndian: random.chance(50))
                expectedLine = 1
                note = "transcoded to UTF-16 with a byte-order mark"
            default:
                let sequence = random.pick(Self.invalidSequences)
                let at = Int.random(in: 0...bytes.count, using: &random)
                bytes.insert(contentsOf: sequence.bytes, at: at)
                expectedLine = line(of: at, in: bytes)
                note = "inserted \(sequence.name) at byte \(at)"
            }
            Fuzz.breadcrumb(name, case: index, "\(target): \(note)")
            let changes = [target: Data(bytes)]
            let fileSystem = BasicSite.fileSystem(changes)
            let writer = RecordingWriter()
            let report = Site(fileSystem: fileSystem, options: BasicSite.options).build(into: writer)
            var problems = BuildChecks.diagnosticProblems(report, inputs: fileSystem.files)
            problems += BuildChecks.outputProblems(report, writer)
            if report.succeeded { problems.append("the build succeeded") }
            if !writer.files.isEmpty || report.wrote { problems.append("the build wrote its output") }
            let named = report.diagnostics.filter { $0.file == target && $0.severity == .error }
            if named.isEmpty {
                problems.append("no error names \(target); got \(report.diagnostics.map(\.description))")
            }
            if target != "site.yml", let diagnostic = named.first, diagnostic.line != expectedLine {
                problems.append("expected the first bad byte's line \(expectedLine): \(diagnostic)")
            }
            if !problems.isEmpty,
                Fuzz.fail(name, case: index, notes: ["\(target): \(note)"], problems: problems, inputs: changes)
            {
                failures += 1
                if failures >= 5 { break }
            }
        }
        Fuzz.finished(name)
    }

    /// A UTF-8 byte-order mark is still UTF-8: the site builds exactly as without.
    @Test func aUTF8ByteOrderMarkChangesNothing() {
        var changes: [String: Data] = [:]
        for path in BasicSite.contentFiles + ["site.yml"] {
            changes[path] = Data([0xEF, 0xBB, 0xBF]) + BasicSite.files[path]!
        }
        let plain = MemoryOutputWriter()
        let withMark = MemoryOutputWriter()
        let first = Site(fileSystem: BasicSite.fileSystem(), options: BasicSite.options).build(into: plain)
        let second = Site(fileSystem: BasicSite.fileSystem(changes), options: BasicSite.options).build(into: withMark)
        #expect(first.succeeded)
        #expect(second.diagnostics.map(\.description) == first.diagnostics.map(\.description))
        #expect(withMark.files == plain.files)
    }

    /// Every site.yml variant of the invalid sequences, one by one.
    @Test(arguments: invalidSequences.map(\.name))
    func invalidSiteConfigurationIsNamed(sequence: String) {
        let bytes = Self.invalidSequences.first { $0.name == sequence }!.bytes
        let original = [UInt8](BasicSite.files["site.yml"]!)
        let config = Data(Array(original.prefix(7)) + bytes + Array(original.dropFirst(7)))
        let writer = RecordingWriter()
        let report = Site(fileSystem: BasicSite.fileSystem(["site.yml": config]), options: BasicSite.options)
            .build(into: writer)
        #expect(!report.succeeded)
        #expect(writer.files.isEmpty)
        #expect(report.diagnostics.contains { $0.file == "site.yml" && $0.severity == .error })
    }

    /// The 1-based line of byte `offset`.
    func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes.prefix(offset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The text of UTF-8 `bytes` in ISO 8859-1 (characters outside it become `?`).
    func latin1(_ bytes: [UInt8]) -> [UInt8] {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : 0x3F }
    }

    /// The text of UTF-8 `bytes` in UTF-16 with a byte-order mark.
    func utf16(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        var result: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in String(decoding: bytes, as: UTF8.self).utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            result += bigEndian ? pair : pair.reversed()
        }
        return result
    }
}
