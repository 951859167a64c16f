/// A template that does not parse: where, and what is wrong, in words a theme
/// author understands.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line of the offending tag, counting from 1.
    public var line: Int
    /// The column of the offending tag's opening delimiter, counting characters from 1.
    public var column: Int
    /// What is wrong, in plain English, such as "the section {{#items}} is never closed".
    public var message: String

    /// Creates an error at a line and column.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// "line 3, column 5: the section {{#items}} is never closed".
    public var description: String { "line \(line), column \(column): \(message)" }
}

/// Turns byte offsets into lines and columns only when someone asks, so that
/// parsing stays a plain walk over bytes.
struct SourceLocator {
    private let bytes: [UInt8]
    /// The offset where each line starts; the first line starts at 0.
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// Line and column (both from 1) of a byte offset; the column counts
    /// characters, as an editor does.
    func location(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        let column = String(decoding: bytes[start..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return (low + 1, column)
    }

    func error(at offset: Int, _ message: String) -> TemplateError {
        let (line, column) = location(of: offset)
        return TemplateError(line: line, column: column, message: message)
    }
}
