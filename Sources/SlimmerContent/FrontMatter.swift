import Foundation

/// A content file split into its YAML front matter and its Markdown body.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML between the `---` lines.
    public var yaml: String
    /// File line of the first YAML line, to turn YAML positions into file positions.
    public var yamlFirstLine: Int
    /// The Markdown after the closing `---`.
    public var body: String
    /// File line of the first body line.
    public var bodyFirstLine: Int

    /// Why a file could not be split.
    public enum Problem: Error, Equatable {
        case missingOpening
        case missingClosing(openingLine: Int)
    }

    /// Splits `text`; accepts a byte-order mark and CRLF line ends. Only the
    /// front matter is scanned line by line: bodies can be long.
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var lines = LineScanner(text)
        guard let opening = lines.next(where: { !$0.allSatisfy { $0 == 32 || $0 == 9 } }),
            Self.isDelimiter(opening.bytes, closing: false)
        else { return .failure(.missingOpening) }
        guard let closing = lines.next(where: { Self.isDelimiter($0, closing: true) }) else {
            return .failure(.missingClosing(openingLine: opening.number))
        }
        let yaml = lines.text(from: opening.end, to: closing.start)
        let body = lines.text(from: closing.end, to: nil)
        return .success(
            FrontMatter(yaml: yaml, yamlFirstLine: opening.number + 1, body: body, bodyFirstLine: closing.number + 1))
    }

    /// `---` (or `...` to close), with trailing spaces allowed.
    private static func isDelimiter(_ line: Substring.UTF8View, closing: Bool) -> Bool {
        var trimmed = line[...]
        while let last = trimmed.last, last == 32 || last == 9 || last == 13 { trimmed = trimmed.dropLast() }
        return trimmed.elementsEqual("---".utf8) || (closing && trimmed.elementsEqual("...".utf8))
    }
}

/// Walks the lines of a text by byte offsets, without copying them.
private struct LineScanner {
    struct Line {
        var bytes: Substring.UTF8View
        var number: Int
        /// Offset of the line's first byte, and of the byte after its newline.
        var start: String.Index
        var end: String.Index
    }

    let text: Substring
    private var position: String.Index
    private var number = 0

    init(_ text: String) {
        var source = Substring(text)
        if source.hasPrefix("\u{FEFF}") { source = source.dropFirst() }
        self.text = source
        self.position = source.startIndex
    }

    /// The next line satisfying `condition`, skipping the others.
    mutating func next(where condition: (Substring.UTF8View) -> Bool) -> Line? {
        let bytes = text.utf8
        while position < bytes.endIndex {
            number += 1
            let start = position
            let newline = bytes[start...].firstIndex(of: 10) ?? bytes.endIndex
            position = newline < bytes.endIndex ? bytes.index(after: newline) : newline
            let content = Substring(text[start..<newline]).utf8
            if condition(content) { return Line(bytes: content, number: number, start: start, end: position) }
        }
        return nil
    }

    /// The text between two offsets with CRLF turned into LF; with an `end`,
    /// without the line end just before it.
    func text(from start: String.Index, to end: String.Index?) -> String {
        let bytes = text.utf8
        var stop = end ?? bytes.endIndex
        // By bytes: `hasSuffix` and `dropLast` on Characters showed in profiles.
        if end != nil, stop > start, bytes[bytes.index(before: stop)] == 10 {
            stop = bytes.index(before: stop)
            if stop > start, bytes[bytes.index(before: stop)] == 13 { stop = bytes.index(before: stop) }
        }
        let trimmed = String(text[start..<stop])
        // memchr: String.contains compares Characters, and even a generic
        // byte loop over every body showed in profiles.
        var copy = trimmed
        let hasCR = copy.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 13, bytes.count) != nil } ?? false }
        return hasCR ? trimmed.replacingOccurrences(of: "\r\n", with: "\n") : trimmed
    }
}
