import Foundation

/// Turns cmark's byte columns into character columns, which is what an editor
/// shows: in "Het café [x](y)" the `[` is column 10, not 11.
///
/// Line starts are found in one pass, and characters are counted on from the
/// previous position on the same line, so that thousands of links on one
/// line (asked for in document order) stay linear.
final class ColumnConverter {
    private let markdown: String
    /// Made on the first question: a body without links or images needs none of it.
    private lazy var bytes: [UInt8] = Array(markdown.utf8)
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        // memchr: a byte loop here was 1% of a build.
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let hit = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        return starts
    }()
    /// The last answer: line, byte offset on it, and characters up to it.
    private var cursor: (line: Int, byte: Int, characters: Int)?

    init(_ markdown: String) {
        self.markdown = markdown
    }

    /// The 1-based character column of 1-based byte column `column` on 1-based `line`.
    func characterColumn(line: Int, byteColumn column: Int) -> Int {
        guard column > 1, lineStarts.indices.contains(line - 1) else { return column }
        let lineStart = lineStarts[line - 1]
        let end = min(lineStart + column - 1, bytes.count)
        var start = lineStart
        var counted = 0
        if let cursor, cursor.line == line, cursor.byte <= end {
            start = cursor.byte
            counted = cursor.characters
        }
        // Unicode scalars, as libyaml counts front-matter columns, so both kinds of column agree.
        for index in start..<end where bytes[index] & 0xC0 != 0x80 { counted += 1 }
        cursor = (line, end, counted)
        return counted + 1
    }
}
