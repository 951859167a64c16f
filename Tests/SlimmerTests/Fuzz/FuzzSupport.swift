import Foundation
import Slimmer
import SlimmerContent
import SlimmerRender
import Testing

/// A small, fast and fully deterministic random number generator
/// (SplitMix64), so that every fuzz case can be reproduced from its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A random element of a non-empty collection.
    mutating func pick<C: Collection>(_ collection: C) -> C.Element {
        let offset = Int.random(in: 0..<collection.count, using: &self)
        return collection[collection.index(collection.startIndex, offsetBy: offset)]
    }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &self) < percent
    }
}

/// Seeds and case bookkeeping shared by the fuzz suites.
///
/// `SLIMMER_FUZZ_SEED=<n>` replaces the fixed seed (to explore), and
/// `SLIMMER_FUZZ_CASE=<i>` runs only case `i` (to reproduce a failure). Before
/// each case the test, seed and case number are written to a breadcrumb file
/// in the temporary folder, so that even a crash can be traced to its input.
enum Fuzz {
    /// The seed every suite uses unless `SLIMMER_FUZZ_SEED` says otherwise.
    static let seed: UInt64 = {
        let text = ProcessInfo.processInfo.environment["SLIMMER_FUZZ_SEED"] ?? ""
        return UInt64(text) ?? 0x5117_3E12_2026_0312
    }()

    /// The case numbers to run: all of `0..<count`, or only `SLIMMER_FUZZ_CASE`.
    static func cases(_ count: Int) -> [Int] {
        if let text = ProcessInfo.processInfo.environment["SLIMMER_FUZZ_CASE"], let only = Int(text) {
            return [only]
        }
        return Array(0..<count)
    }

    /// The generator for case `index` of the suite named `test`: independent
    /// of every other case, so one case can be replayed on its own.
    static func generator(_ test: String, case index: Int) -> SplitMix64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in test.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var mixer = SplitMix64(seed: seed ^ hash ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        return SplitMix64(seed: mixer.next())
    }

    /// Where the breadcrumbs go.
    static let breadcrumbFolder = FileManager.default.temporaryDirectory
        .appendingPathComponent("slimmer-fuzz-breadcrumbs")

    /// Notes the case about to run; a crash leaves this file behind.
    static func breadcrumb(_ test: String, case index: Int, _ note: String) {
        try? FileManager.default.createDirectory(at: breadcrumbFolder, withIntermediateDirectories: true)
        let text = "test \(test)\nSLIMMER_FUZZ_SEED=\(seed) SLIMMER_FUZZ_CASE=\(index)\n\(note)\n"
        try? Data(text.utf8).write(to: breadcrumbFolder.appendingPathComponent("\(test).txt"))
        if ProcessInfo.processInfo.environment["SLIMMER_FUZZ_TRACE"] == "1" {
            print("[fuzz] \(test) seed \(seed) case \(index): \(note)")
        }
    }

    /// Removes the breadcrumb of a suite that ran to its end.
    static func finished(_ test: String) {
        try? FileManager.default.removeItem(at: breadcrumbFolder.appendingPathComponent("\(test).txt"))
        _ = rmdir(breadcrumbFolder.path)  // only when no other suite left a breadcrumb
    }

    /// Records one failed case: the seed, the case, what went wrong, and the
    /// inputs that differ from the fixture (shortened in the message, whole as
    /// attachments); returns whether there was a problem.
    @discardableResult
    static func fail(
        _ test: String, case index: Int, notes: [String], problems: [String], inputs: [String: Data],
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        let new = problems
        var message = "\(test): SLIMMER_FUZZ_SEED=\(seed) SLIMMER_FUZZ_CASE=\(index)\n"
        message += notes.map { "  input: \($0)" }.joined(separator: "\n")
        for (path, data) in inputs.sorted(by: { $0.key < $1.key }) {
            message += "\n  \(path) (\(data.count) bytes): \(preview(data))"
            let name = "\(test)-case\(index)-" + path.replacingOccurrences(of: "/", with: "_")
            Attachment.record([UInt8](data), named: name, sourceLocation: sourceLocation)
        }
        func record(_ list: [String]) {
            var text = message + "\n" + list.prefix(8).map { "  - \($0)" }.joined(separator: "\n")
            if list.count > 8 { text += "\n  … and \(list.count - 8) more" }
            Issue.record(Comment(rawValue: text), sourceLocation: sourceLocation)
        }
        if !new.isEmpty { record(new) }
        return !new.isEmpty
    }

    /// The start of `data`, readable and on one line.
    static func preview(_ data: Data, limit: Int = 600) -> String {
        let text = String(decoding: data.prefix(limit), as: UTF8.self)
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            default:
                let invisible: Set<UInt32> = [0x7F, 0x2028, 0x2029, 0x202E, 0xFEFF]
                if scalar.value < 0x20 || (0x80..<0xA0).contains(scalar.value) || invisible.contains(scalar.value) {
                    escaped += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return "\"\(escaped)\"" + (data.count > limit ? "…" : "")
    }
}

/// The fixture site `Tests/Fixtures/sites/basic`, as the base for mutations.
enum BasicSite {
    static let folder = Fixtures.root.appendingPathComponent("sites/basic")

    /// Every file of the fixture, by path relative to its root.
    static let files: [String: Data] = Fixtures.files(under: folder)

    /// The fixture's content files, sorted.
    static let contentFiles: [String] = files.keys.filter { $0.hasPrefix("content/") && $0.hasSuffix(".md") }.sorted()

    /// The fixture's files with some replaced, added (`Data`) or removed (nil).
    static func fileSystem(_ changes: [String: Data?] = [:]) -> MemoryFileSystem {
        var result = files
        for (path, data) in changes {
            result[path] = data
        }
        return MemoryFileSystem(files: result)
    }

    /// site.yml with `find` replaced; a new path for the events section also
    /// drops the menu entry that links to the old one.
    static func config(_ find: String, _ replace: String) -> Data {
        var text = String(decoding: files["site.yml"]!, as: UTF8.self)
        precondition(text.contains(find), "site.yml has no \(find)")
        if find == "path: agenda" {
            text = text.replacingOccurrences(of: "  - { label: Agenda, url: /agenda/ }\n", with: "")
        }
        return Data(text.replacingOccurrences(of: find, with: replace).utf8)
    }

    /// The options of every fuzz build: pinned to the fixtures' moment.
    static var options: BuildOptions {
        BuildOptions(now: Fixtures.now)
    }
}

/// An `OutputWriter` that keeps every file it is handed, in order, and then
/// passes them on; so a test sees duplicates and paths that a dictionary
/// or the disk would hide.
final class RecordingWriter: OutputWriter, @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [[OutputFile]] = []
    private let next: OutputWriter?

    init(passingTo next: OutputWriter? = nil) {
        self.next = next
    }

    /// Every `write` call's files.
    var writes: [[OutputFile]] {
        lock.lock()
        defer { lock.unlock() }
        return calls
    }

    /// The files of all writes, in order.
    var files: [OutputFile] { writes.flatMap { $0 } }

    func write(_ files: [OutputFile]) throws {
        lock.lock()
        calls.append(files)
        lock.unlock()
        try next?.write(files)
    }
}

/// A `FileSystem` that lists files in a seeded random order (the protocol
/// asks for sorted listings, but a build must not depend on it).
struct ShuffledFileSystem: FileSystem {
    let base: MemoryFileSystem
    let seed: UInt64

    func contents(of path: String) throws -> Data {
        try base.contents(of: path)
    }

    func files(under directory: String) -> [String] {
        var generator = SplitMix64(seed: seed ^ UInt64(truncatingIfNeeded: directory.utf8.count &* 7919))
        for byte in directory.utf8 {
            _ = generator.next()
            generator = SplitMix64(seed: generator.next() ^ UInt64(byte))
        }
        return base.files(under: directory).shuffled(using: &generator)
    }

    func fileExists(_ path: String) -> Bool {
        base.fileExists(path)
    }
}

/// Checks that every fuzz suite applies to a build's result.
enum BuildChecks {
    /// Problems with the diagnostics of a build of `inputs`: each must name a
    /// file that was given (or site.yml, or a file of a theme), with a line,
    /// when there is one, inside that file, and a column of at least 1.
    static func diagnosticProblems(_ report: BuildReport, inputs: [String: Data]) -> [String] {
        var problems: [String] = []
        var lineCounts: [String: Int] = [:]
        for diagnostic in report.diagnostics {
            let file = diagnostic.file
            let known = inputs[file] != nil || file == "site.yml" || file.hasPrefix("themes/")
            if file.isEmpty || !known {
                problems.append("diagnostic names a file that is not an input: \(diagnostic)")
            }
            if let line = diagnostic.line {
                if lineCounts[file] == nil { lineCounts[file] = inputs[file].map(lineCount) ?? Int.max - 1 }
                let limit = lineCounts[file]! + 1
                let problem = "diagnostic line \(line) is outside 1...\(limit): \(diagnostic)"
                if line > limit, lineCounts["\r" + file] == nil {
                    lineCounts["\r" + file] = inputs[file].map(otherLineBreaks) ?? 0
                }
                // CR, NEL, LS and PS end lines too (the loader turns them into LF).
                if line < 1 || line > limit + (lineCounts["\r" + file] ?? 0) {
                    problems.append(problem)
                }
            }
            if let column = diagnostic.column, column < 1 {
                problems.append("diagnostic column \(column) is below 1: \(diagnostic)")
            }
        }
        return problems
    }

    /// Problems with what a build wrote: nothing at all after a failure, and
    /// after a success only unique, relative paths without `.`/`..` parts.
    static func outputProblems(_ report: BuildReport, _ writer: RecordingWriter) -> [String] {
        var problems: [String] = []
        let files = writer.files
        if !report.succeeded {
            if !files.isEmpty { problems.append("a failed build wrote \(files.count) files") }
            if report.wrote { problems.append("a failed build reports that it wrote") }
            return problems
        }
        if writer.writes.count != 1 { problems.append("a successful build wrote \(writer.writes.count) times") }
        if !report.wrote { problems.append("a successful build reports that it did not write") }
        var seen: Set<String> = []
        for file in files {
            if !seen.insert(file.path).inserted {
                problems.append("the output path \(file.path) is written twice")
            }
            if !isSafe(file.path) {
                problems.append("the output path \"\(file.path)\" is not a plain relative path")
            }
        }
        return problems
    }

    /// True for `a/b/c.html`: relative, no empty, `.` or `..` parts, no NUL.
    static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && !path.contains("\0") && !path.contains("\\")
            && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// Line breaks other than LF that cmark or YAML count: a CR not followed
    /// by LF, NEL (U+0085), LS (U+2028) and PS (U+2029).
    static func otherLineBreaks(_ data: Data) -> Int {
        var count = 0
        var previous: [UInt8] = [0, 0]
        for byte in data {
            if previous[1] == 0x0D && byte != 0x0A { count += 1 }
            if previous[1] == 0xC2 && byte == 0x85 { count += 1 }
            if previous == [0xE2, 0x80] && (byte == 0xA8 || byte == 0xA9) { count += 1 }
            previous = [previous[1], byte]
        }
        return previous[1] == 0x0D ? count + 1 : count
    }

    /// Lines in a file, as an editor counts them.
    static func lineCount(_ data: Data) -> Int {
        let newlines = data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return data.last == 0x0A || data.isEmpty ? max(1, newlines) : newlines + 1
    }
}

/// Finds what would run script in a page: a `<script` anywhere, an event
/// handler attribute, or a URL attribute with a script scheme.
enum HTMLSafety {
    /// Attributes whose value a browser follows as a URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "poster", "background", "data", "srcdoc", "srcset",
    ]

    /// Everything unsafe in `html`, described.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        // The generator's own JSON-LD holds no `<` at all, so nothing can end it early.
        let html = html.replacingOccurrences(
            of: #"<script type="application/ld\+json">[^<]*</script>"#, with: "", options: .regularExpression)
        if html.range(of: "<script", options: .caseInsensitive) != nil {
            problems.append("contains <script")
        }
        for tag in tags(in: html) {
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") {
                    problems.append("event handler attribute \(name) in <\(tag.name)>")
                }
                if urlAttributes.contains(name) && isScriptURL(decode(value)) {
                    problems.append("script URL in <\(tag.name) \(name)=\"\(value.prefix(80))\">")
                }
            }
        }
        return problems
    }

    /// True when a browser would run `url` (`javascript:`, `vbscript:`, or a
    /// `data:` URL other than a raster image).
    static func isScriptURL(_ url: String) -> Bool {
        let scalars = url.unicodeScalars.drop { $0.value <= 0x20 }
            .filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars.prefix(40))
        let prefix = String(text).lowercased()
        if prefix.hasPrefix("javascript:") || prefix.hasPrefix("vbscript:") { return true }
        let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        return prefix.hasPrefix("data:") && !images.contains { prefix.hasPrefix($0) }
    }

    struct Tag {
        var name: String
        var attributes: [(String, String)]
    }

    /// The start tags of `html`, with their attributes (names lowercased).
    static func tags(in html: String) -> [Tag] {
        let bytes = Array(html.utf8)
        var result: [Tag] = []
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func isNameByte(_ byte: UInt8) -> Bool {
            !(isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "="))
        }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            guard index < bytes.count, (0x41...0x5A).contains(bytes[index] & 0xDF) else { continue }
            let nameStart = index
            while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
            var tag = Tag(name: text(nameStart..<index).lowercased(), attributes: [])
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    continue
                }
                let attributeStart = index
                while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
                let attribute = text(attributeStart..<index).lowercased()
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                var value = ""
                if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                        let quote = bytes[index]
                        let valueStart = index + 1
                        index = bytes[valueStart...].firstIndex(of: quote) ?? bytes.count
                        value = text(valueStart..<index)
                        index = min(index + 1, bytes.count)
                    } else {
                        let valueStart = index
                        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                            index += 1
                        }
                        value = text(valueStart..<index)
                    }
                }
                tag.attributes.append((attribute, value))
            }
            result.append(tag)
        }
        return result
    }

    /// Decodes the character references a browser decodes in an attribute.
    static func decode(_ value: String) -> String {
        guard value.contains("&") else { return value }
        let named: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t",
            "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")", "nbsp": "\u{A0}",
        ]
        var result = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[rest.index(after: amp)...]
            let entity = rest.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            var replacement: String?
            if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if entity.hasPrefix("#") {
                replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = named[entity.lowercased()]
            }
            if let replacement {
                result += replacement
                rest = rest.dropFirst(entity.count)
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                result += "&"
            }
        }
        return result + rest
    }

    /// Problems in every HTML file of a build's output.
    static func problems(in files: [OutputFile]) -> [String] {
        files.filter { $0.path.hasSuffix(".html") }.flatMap { file in
            problems(in: String(decoding: file.contents, as: UTF8.self)).map { "\(file.path): \($0)" }
        }
    }
}
