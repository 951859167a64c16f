/// Byte-level reading: the source is walked as UTF-8 bytes, which is exact for
/// delimiters and names and avoids Character segmentation.
extension Parser {
    /// Where a run of text stopped.
    enum Stop {
        /// At an opening delimiter starting at this offset (now consumed).
        case tag(Int)
        /// At a line break of this many bytes (`\n` or `\r\n`, not consumed).
        case newline(Int)
        case end
    }

    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// Reads spaces and tabs.
    mutating func readBlanks() -> Range<Int> {
        let start = position
        while position < bytes.count, bytes[position] == Self.space || bytes[position] == Self.tab { position += 1 }
        return start..<position
    }

    /// Reads text up to the next tag, line break or end.
    mutating func scanText(_ open: [UInt8]) -> (Range<Int>, Stop) {
        let start = position
        let first = open[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.lineFeed { return (start..<position, .newline(1)) }
            if byte == Self.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == Self.lineFeed {
                return (start..<position, .newline(2))
            }
            if byte == first, matches(open, at: position) {
                let tag = position
                position += open.count
                return (start..<tag, .tag(tag))
            }
            position += 1
        }
        return (start..<position, .end)
    }

    func matches(_ sequence: [UInt8], at offset: Int) -> Bool {
        guard offset + sequence.count <= bytes.count else { return false }
        for index in sequence.indices where bytes[offset + index] != sequence[index] { return false }
        return true
    }

    /// Reads up to `terminator` and steps over it; nil (position unchanged) when it never comes.
    mutating func read(until terminator: [UInt8]) -> Range<Int>? {
        var offset = position
        while offset + terminator.count <= bytes.count {
            if bytes[offset] == terminator[0], matches(terminator, at: offset) {
                let content = position..<offset
                position = offset + terminator.count
                return content
            }
            offset += 1
        }
        return nil
    }

    /// A standalone tag is alone on its line: only whitespace before it (the
    /// state knows) and after it up to the line break, which is then consumed.
    mutating func isStandalone(_ state: ParseState) -> Bool {
        guard state.atLineStart else { return false }
        // At the very end counts, but trailing blanks without a line break do
        // not: swift-mustache's rule, kept for identical output.
        if position == bytes.count { return true }
        var offset = position
        while offset < bytes.count, bytes[offset] == Self.space || bytes[offset] == Self.tab { offset += 1 }
        if offset < bytes.count, bytes[offset] == Self.lineFeed {
            position = offset + 1
            return true
        }
        if offset + 1 < bytes.count, bytes[offset] == Self.carriageReturn, bytes[offset + 1] == Self.lineFeed {
            position = offset + 2
            return true
        }
        return false
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == lineFeed || byte == carriageReturn
    }

    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
