/// Turns cmark's byte columns into character columns, which is what an editor
/// shows: in "Het café [x](y)" the `[` is column 10, not 11. Lines are found
/// only when asked for, since most documents have few links.
struct ColumnConverter {
    private let markdown: String

    init(_ markdown: String) {
        self.markdown = markdown
    }

    /// The 1-based character column of 1-based byte column `column` on 1-based `line`.
    func characterColumn(line: Int, byteColumn column: Int) -> Int {
        guard column > 1 else { return column }
        let bytes = markdown.utf8
        var start = bytes.startIndex
        var current = 1
        while current < line {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return column }
            start = bytes.index(after: newline)
            current += 1
        }
        let end = bytes.index(start, offsetBy: column - 1, limitedBy: bytes.endIndex) ?? bytes.endIndex
        return String(decoding: bytes[start..<end], as: UTF8.self).count + 1
    }
}
