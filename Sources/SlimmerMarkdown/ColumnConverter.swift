/// Turns cmark's byte columns into character columns, which is what an editor
/// shows: in "Het café [x](y)" the `[` is column 10, not 11.
struct ColumnConverter {
    private let lines: [Substring.UTF8View]

    init(_ markdown: String) {
        lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(\.utf8)
    }

    /// The 1-based character column of 1-based byte column `column` on 1-based `line`.
    func characterColumn(line: Int, byteColumn column: Int) -> Int {
        guard lines.indices.contains(line - 1), column > 1 else { return column }
        let bytes = lines[line - 1].prefix(column - 1)
        return String(decoding: bytes, as: UTF8.self).count + 1
    }
}
