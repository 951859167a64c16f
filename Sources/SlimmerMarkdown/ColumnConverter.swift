/// Turns cmark's byte columns into character columns, which is what an editor
/// shows: in "Het café [x](y)" the `[` is column 10, not 11.
///
/// Line starts are found in one pass, and characters are counted on from the
/// previous position on the same line, so that thousands of links on one
/// line (asked for in document order) stay linear.
final class ColumnConverter {
    private let bytes: String.UTF8View
    private let lineStarts: [String.Index]
    /// The last answer: line, byte offset on it, and characters up to it.
    private var cursor: (line: Int, byte: String.Index, characters: Int)?

    init(_ markdown: String) {
        bytes = markdown.utf8
        var starts = [bytes.startIndex]
        var index = bytes.startIndex
        while let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = bytes.index(after: newline)
            starts.append(index)
        }
        lineStarts = starts
    }

    /// The 1-based character column of 1-based byte column `column` on 1-based `line`.
    func characterColumn(line: Int, byteColumn column: Int) -> Int {
        guard column > 1, lineStarts.indices.contains(line - 1) else { return column }
        let lineStart = lineStarts[line - 1]
        let end = bytes.index(lineStart, offsetBy: column - 1, limitedBy: bytes.endIndex) ?? bytes.endIndex
        var start = lineStart
        var counted = 0
        if let cursor, cursor.line == line, cursor.byte <= end {
            start = cursor.byte
            counted = cursor.characters
        }
        // Unicode scalars, as libyaml counts front-matter columns, so both kinds of column agree.
        counted += bytes[start..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        cursor = (line, end, counted)
        return counted + 1
    }
}
