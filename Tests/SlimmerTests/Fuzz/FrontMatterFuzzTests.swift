import Foundation
import Slimmer
import SlimmerContent
import Testing

/// Random and truncated front matter in the basic fixture's content files
/// (and now and then in site.yml): every build must return, write nothing
/// when it fails, and point each diagnostic at a real file and line.
@Suite struct FrontMatterFuzzTests {
    static let caseCount = 200

    @Test func randomAndTruncatedFrontMatterNeverCrashesAndIsReportedInPlace() {
        let name = "FrontMatterFuzz"
        var failures = 0
        for index in Fuzz.cases(Self.caseCount) {
            var random = Fuzz.generator(name, case: index)
            var changes: [String: Data] = [:]
            var notes: [String] = []
            let targets = random.chance(12) ? ["site.yml"] : [random.pick(BasicSite.contentFiles)]
            for target in targets + (random.chance(5) ? ["site.yml"] : []) {
                var bytes = [UInt8](changes[target] ?? BasicSite.files[target]!)
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    notes.append("\(target): " + FrontMatterMutator.mutate(&bytes, using: &random))
                }
                changes[target] = Data(bytes)
            }
            Fuzz.breadcrumb(name, case: index, notes.joined(separator: "; "))
            let fileSystem = BasicSite.fileSystem(changes)
            let writer = RecordingWriter()
            let report = Site(fileSystem: fileSystem, options: BasicSite.options).build(into: writer)
            var problems = BuildChecks.diagnosticProblems(report, inputs: fileSystem.files)
            problems += BuildChecks.outputProblems(report, writer)
            if report.succeeded { problems += HTMLSafety.problems(in: writer.files) }
            if !problems.isEmpty,
                Fuzz.fail(name, case: index, notes: notes, problems: problems, inputs: changes)
            {
                failures += 1
                if failures >= 5 { break }
            }
        }
        Fuzz.finished(name)
    }
}

/// Mutations of a YAML front matter block.
enum FrontMatterMutator {
    /// YAML's punctuation, alone and in the combinations that start structures.
    static let punctuation = [
        ":", "-", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "#", "%", "@", "\t", " ", "\n", ": ",
        "- ", "? ", "---", "...", "<<: ", "&a ", "*a", "!!str ", "!!binary ", "|-\n", ">+\n", "\\", ",", "`",
        "\n  ", "\n- ", ": [", ": {", "\"\\u", "'''", "%YAML 1.2\n", "!<tag:x> ",
    ]

    /// Values that overflow, underflow or are simply not what a field expects.
    static let hugeValues = [
        "99999999999999999999999999999999999999", "-1", "-0", "1e308", "1e999", "-1e999", "0x7FFFFFFFFFFFFFFF",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", ".inf", "-.inf", ".nan", "0o777",
        "1_000", "+12", "99999-01-01", "2026-02-30", "2026-02-29", "2024-02-29", "2026-13-01", "0000-00-00",
        "0000-01-01", "9999-12-31T23:59", "2026-03-12T24:00", "2026-03-12T14:60", "2026-03-12T14:00+99:99",
        "2026-03-12T14:00:00-23:59", "2026-03-12T14:00Z", "2026-3-1", "２０２６-０３-１２",
        String(repeating: "9", count: 5000),
    ]

    static let numericKeys = [
        "menu", "capacity", "started", "ended", "start", "end", "date", "publishDate", "expiryDate", "pageSize",
        "title", "slug", "draft", "status", "kind",
    ]

    /// Applies one random mutation to `bytes`; returns what it did.
    static func mutate(_ bytes: inout [UInt8], using random: inout SplitMix64) -> String {
        let region = frontMatterEnd(bytes)
        func offset() -> Int {
            random.chance(80)
                ? Int.random(in: 0...region, using: &random) : Int.random(in: 0...bytes.count, using: &random)
        }
        func lineStart() -> Int {
            var at = min(offset(), bytes.count)
            while at > 0, bytes[at - 1] != 0x0A { at -= 1 }
            return max(at, firstLineEnd(bytes))
        }
        switch Int.random(in: 0..<12, using: &random) {
        case 0:
            let at = Int.random(in: 0...bytes.count, using: &random)
            bytes.removeSubrange(at...)
            return "truncated at byte \(at)"
        case 1:
            let at = offset()
            let inserted = (0..<Int.random(in: 1...8, using: &random)).map { _ in
                UInt8.random(in: 0...255, using: &random)
            }
            bytes.insert(contentsOf: inserted, at: at)
            return "inserted bytes \(inserted) at \(at)"
        case 2:
            let at = offset()
            let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in random.pick(punctuation) }.joined()
            bytes.insert(contentsOf: Array(text.utf8), at: at)
            return "inserted \(Fuzz.preview(Data(text.utf8))) at \(at)"
        case 3:
            let lines = frontMatterLines(bytes)
            guard let line = lines.isEmpty ? nil : random.pick(lines) else {
                bytes.insert(contentsOf: Array("title: A\ntitle: B\n".utf8), at: lineStart())
                return "inserted a duplicated title"
            }
            let at = lineStart()
            bytes.insert(contentsOf: Array(bytes[line]) + [0x0A], at: at)
            return "duplicated line \(Fuzz.preview(Data(bytes[line]))) at \(at)"
        case 4:
            return insertLine(nested(using: &random), into: &bytes, at: lineStart(), what: "deeply nested value")
        case 5:
            let line = "\(random.pick(numericKeys)): \(random.pick(hugeValues))\n"
            return insertLine(line, into: &bytes, at: lineStart(), what: "odd value")
        case 6:
            return insertLine(longLine(using: &random), into: &bytes, at: lineStart(), what: "100 KB line")
        case 7:
            return insertLine(random.pick(aliasTricks), into: &bytes, at: lineStart(), what: "anchors and aliases")
        case 8:
            let at = offset()
            let breaks = ["\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{0}", "\u{1B}", "\u{7F}"]
            let text = random.pick(breaks)
            bytes.insert(contentsOf: Array(text.utf8), at: at)
            return "inserted \(Fuzz.preview(Data(text.utf8))) at \(at)"
        case 9:
            return insertLine(random.pick(tagTricks), into: &bytes, at: lineStart(), what: "tags and directives")
        case 10:
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            let at = Int.random(in: 0..<lines.count, using: &random)
            let removed = lines.remove(at: at)
            bytes = Array(lines.joined(separator: [0x0A]))
            return "removed line \(at + 1): \(Fuzz.preview(Data(removed)))"
        default:
            let marker = random.pick(["---\n", "...\n", "--- \n", "---\t\n", " ---\n", "--- a\n", "\n\n---\n---\n"])
            return insertLine(marker, into: &bytes, at: lineStart(), what: "document marker")
        }
    }

    static let aliasTricks = [
        "x: &a [1, 2]\ny: *a\n",
        "summary: *nope\n",
        "<<: {title: merged}\n",
        "<<: *a\n",
        "&a title: b\n",
        "? [a, b]\n: c\n",
        "? *a\n: 1\n",
        "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d]\n"
            + "themes: [*e, *e, *e, *e, *e, *e, *e, *e]\n",
        "themes: &t [publieke-waarde, *t]\n",
        "members: &m\n  - {name: a, role: *m}\n",
    ]

    static let tagTricks = [
        "title: !!binary aGVsbG8=\n", "title: !!int 5\n", "themes: !!map {a: b}\n", "title: !custom x\n",
        "title: !!python/object:os.system [ls]\n", "%YAML 1.2\n", "%TAG ! tag:example.com,2000:\n", "title: !<!> x\n",
        "title: !!timestamp 2026-03-12\n", "started: !!str 2026-03-12\n", "draft: !!bool yes\n", "menu: !!float 1.5\n",
    ]

    static func nested(using random: inout SplitMix64) -> String {
        let depth = random.pick([10, 100, 500, 998, 999, 1000, 1001, 5000, 10_000])
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return "themes: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        case 1:
            return "members: " + String(repeating: "{a: ", count: depth) + "b" + String(repeating: "}", count: depth)
        case 2: return "themes: " + String(repeating: "- ", count: depth) + "x\n"
        case 3:
            let levels = min(depth, 300)
            return "topics:\n" + (1...levels).map { String(repeating: "  ", count: $0) + "-\n" }.joined()
        default: return "themes: " + String(repeating: "[", count: depth) + "\n"
        }
    }

    static func longLine(using random: inout SplitMix64) -> String {
        let size = 100_000
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return "summary: " + String(repeating: "a", count: size) + "\n"
        case 1: return String(repeating: "k", count: size) + ": x\n"
        case 2: return "# " + String(repeating: "é", count: size / 2) + "\n"
        case 3: return "title: \"" + String(repeating: "\\\"", count: size / 2) + "\"\n"
        case 4: return "status: " + String(repeating: "activ", count: size / 5) + "\n"
        default:
            return "themes: [" + Array(repeating: "publieke-waarde", count: size / 17).joined(separator: ", ") + "]\n"
        }
    }

    static func insertLine(_ line: String, into bytes: inout [UInt8], at offset: Int, what: String) -> String {
        bytes.insert(contentsOf: Array(line.utf8), at: offset)
        return "inserted \(what) \(Fuzz.preview(Data(line.utf8), limit: 80)) at \(offset)"
    }

    /// Offset just after the first line (the opening `---`).
    static func firstLineEnd(_ bytes: [UInt8]) -> Int {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return bytes.count }
        return newline + 1
    }

    /// Offset of the closing `---` line, or the end when there is none.
    static func frontMatterEnd(_ bytes: [UInt8]) -> Int {
        let marker = Array("\n---".utf8)
        var index = firstLineEnd(bytes) - 1
        while index >= 0, index + marker.count <= bytes.count {
            if Array(bytes[index..<(index + marker.count)]) == marker { return index + 1 }
            index += 1
        }
        return bytes.count
    }

    /// The byte ranges of the lines between the `---` lines.
    static func frontMatterLines(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = firstLineEnd(bytes)
        let end = frontMatterEnd(bytes)
        while start < end {
            let stop = bytes[start..<end].firstIndex(of: 0x0A) ?? end
            if stop > start { result.append(start..<stop) }
            start = stop + 1
        }
        return result
    }
}
