import Yams

/// Parses the plain YAML that nearly all front matter is written in into the
/// same node tree as Yams, positions, styles and tags included, without
/// libyaml: `key: value` lines at the left margin whose values are one-line
/// plain or double-quoted text, `[flow, lists]`, `{ flow: maps }` or a block
/// list of such values. Anything else (comments, escapes, block maps,
/// anchors, multi-line text, duplicate keys, unusual characters) gives nil,
/// and the caller hands the text to Yams, which also reports its errors.
///
/// Yams took a third of the load step and a twentieth of a build, mostly in
/// setting up a libyaml parser and its events for four or five short lines.
/// `SimpleYAMLFuzzTests` compare every tree this makes with the one Yams makes.
struct SimpleYAMLParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// Flow collections open around `index`: deep nesting is left to Yams,
    /// which limits it, instead of recursing on a worker thread's small stack.
    private var depth = 0
    private static let maximumDepth = 8
    private let constructor: Constructor

    /// The top-level mapping of `yaml`, or nil when it is not in the simple shape.
    static func mapping(_ yaml: String, constructor: Constructor) -> Node.Mapping? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            guard hasOnlyPlainCharacters(bytes) else { return nil }
            var parser = SimpleYAMLParser(bytes: bytes, constructor: constructor)
            return parser.document()
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, constructor: Constructor) {
        self.bytes = bytes
        self.constructor = constructor
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }
    private var atLineEnd: Bool { current == nil || current == Self.lineFeed }

    private mutating func document() -> Node.Mapping? {
        var pairs: [(Node, Node)] = []
        var keys: Set<String> = []
        var mark: Mark?
        while skipBlankLines(), current != nil {
            guard let key = key(), keys.insert(key.string).inserted, skipSpaces(required: false) else { return nil }
            mark = mark ?? key.mark
            let value: Node?
            if atLineEnd {
                nextLine()
                value = blockSequence()
            } else {
                value = self.value(inFlow: false)
                _ = skipSpaces(required: false)
                guard atLineEnd else { return nil }
                nextLine()
            }
            guard let value else { return nil }
            pairs.append((.scalar(key), value))
        }
        guard !pairs.isEmpty else { return nil }
        return Node.Mapping(pairs, tag, .any, mark)
    }

    /// `name:` followed by a space or the line end: a plain key of letters,
    /// digits, `_` and `-`.
    private mutating func key() -> Node.Scalar? {
        let start = index
        let mark = self.mark()
        guard let first = current, Self.isLetter(first) || first == UInt8(ascii: "_") else { return nil }
        while let byte = current,
            Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        {
            index += 1
        }
        let end = index
        guard current == UInt8(ascii: ":") else { return nil }
        index += 1
        guard atLineEnd || current == Self.space else { return nil }
        return Node.Scalar(text(start, end), tag, .plain, mark)
    }

    /// Lines of `- value` at one indentation, which may be none.
    private mutating func blockSequence() -> Node? {
        var items: [Node] = []
        var indent: Int?
        var mark: Mark?
        while current != nil {
            let start = index
            while current == Self.space { index += 1 }
            let width = index - start
            guard current == UInt8(ascii: "-"), indent == nil || indent == width else {
                index = start
                break
            }
            mark = mark ?? self.mark()
            indent = width
            index += 1
            guard skipSpaces(required: true), let item = value(inFlow: false) else { return nil }
            _ = skipSpaces(required: false)
            guard atLineEnd else { return nil }
            items.append(item)
            nextLine()
        }
        // A line indented under the key that is not an item (more text, a map) is not simple.
        guard !items.isEmpty, current != Self.space else { return nil }
        return .sequence(Node.Sequence(items, tag, .any, mark))
    }

    private mutating func value(inFlow: Bool) -> Node? {
        switch current {
        case UInt8(ascii: "\""): quoted()
        case UInt8(ascii: "["): flowSequence()
        case UInt8(ascii: "{"): flowMapping()
        case let byte?: Self.indicators.contains(byte) ? nil : plain(inFlow: inFlow)
        case nil: nil
        }
    }

    /// Text up to the closing quote on the same line, with no escapes.
    private mutating func quoted() -> Node? {
        let mark = self.mark()
        index += 1
        let start = index
        while let byte = current, byte != UInt8(ascii: "\"") {
            if byte == UInt8(ascii: "\\") || byte == Self.lineFeed { return nil }
            index += 1
        }
        guard current != nil else { return nil }
        let end = index
        index += 1
        return .scalar(Node.Scalar(text(start, end), tag, .doubleQuoted, mark))
    }

    /// Text to the line end, or in a flow collection to the next `,`, `]` or
    /// `}`, without trailing spaces; nil at anything that could end it
    /// otherwise (`: `, ` #`) or that differs between YAML versions.
    private mutating func plain(inFlow: Bool) -> Node? {
        let mark = self.mark()
        let start = index
        var end = index
        while let byte = current, byte != Self.lineFeed {
            if inFlow && Self.flowEnds.contains(byte) { break }
            if byte == UInt8(ascii: "#") || (inFlow && Self.flowForbidden.contains(byte)) { return nil }
            if byte == UInt8(ascii: ":") {
                let next = index + 1 < bytes.count ? bytes[index + 1] : Self.lineFeed
                if inFlow || next == Self.space || next == Self.lineFeed { return nil }
            }
            index += 1
            if byte != Self.space { end = index }
        }
        guard end > start else { return nil }
        return .scalar(Node.Scalar(text(start, end), tag, .plain, mark))
    }

    /// `[a, b]` on one line.
    private mutating func flowSequence() -> Node? {
        let mark = self.mark()
        var items: [Node] = []
        let simple = flowItems(closing: UInt8(ascii: "]")) { parser in
            guard let item = parser.value(inFlow: true) else { return false }
            items.append(item)
            return true
        }
        guard simple else { return nil }
        return .sequence(Node.Sequence(items, tag, .any, mark))
    }

    /// `{ a: b, c: d }` on one line, with plain keys.
    private mutating func flowMapping() -> Node? {
        let mark = self.mark()
        var pairs: [(Node, Node)] = []
        var keys: Set<String> = []
        let simple = flowItems(closing: UInt8(ascii: "}")) { parser in
            guard let key = parser.key(), keys.insert(key.string).inserted, parser.skipSpaces(required: true),
                let value = parser.value(inFlow: true)
            else { return false }
            pairs.append((.scalar(key), value))
            return true
        }
        guard simple else { return nil }
        return .mapping(Node.Mapping(pairs, tag, .any, mark))
    }

    /// Reads items separated by commas up to `closing`, from the opening
    /// bracket; false when the list is not simple.
    private mutating func flowItems(closing: UInt8, _ item: (inout SimpleYAMLParser) -> Bool) -> Bool {
        guard depth < Self.maximumDepth else { return false }
        depth += 1
        defer { depth -= 1 }
        index += 1
        _ = skipSpaces(required: false)
        if current == closing {
            index += 1
            return true
        }
        while true {
            guard item(&self) else { return false }
            _ = skipSpaces(required: false)
            switch current {
            case closing?:
                index += 1
                return true
            case UInt8(ascii: ",")?:
                index += 1
                _ = skipSpaces(required: false)
                if current == closing { return false }
            default:
                return false
            }
        }
    }

    /// Skips spaces; false when `required` and there were none.
    private mutating func skipSpaces(required: Bool) -> Bool {
        let start = index
        while current == Self.space { index += 1 }
        return !required || index > start
    }

    /// Skips lines of nothing but spaces; true, so that it can open a loop condition.
    private mutating func skipBlankLines() -> Bool {
        while true {
            let start = index
            while current == Self.space { index += 1 }
            guard current == Self.lineFeed else {
                index = start
                return true
            }
            nextLine()
        }
    }

    private mutating func nextLine() {
        if current == Self.lineFeed { index += 1 }
        line += 1
        lineStart = index
    }

    /// Where `index` is, as libyaml counts: lines and columns from 1, columns in Unicode scalars.
    private func mark() -> Mark {
        var column = 1
        for offset in lineStart..<index where bytes[offset] & 0xC0 != 0x80 { column += 1 }
        return Self.mark(line: line, column: column)
    }

    /// Yams gives `Mark` no public initializer; it is two `Int`s, and the
    /// tests compare every mark made here with Yams' own.
    static func mark(line: Int, column: Int) -> Mark {
        precondition(MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size)
        return unsafeBitCast((line, column), to: Mark.self)
    }

    /// A new tag for each node, as Yams makes: a tag resolves itself in place.
    private var tag: Tag { Tag(.implicit, .basic, constructor) }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// No tab, carriage return or other control character, and no character
    /// that YAML 1.1 takes for a line break or refuses: U+0080–U+009F,
    /// U+2028, U+2029, U+FEFF, U+FFFE and U+FFFF.
    private static func hasOnlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if (byte < 0x20 && byte != lineFeed) || byte == 0x7F { return false }
            } else if byte == 0xC2 {
                if index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return false }
            } else if byte == 0xE2 || byte == 0xEF, index + 2 < bytes.count {
                let pair = (bytes[index + 1], bytes[index + 2])
                if pair == (0x80, 0xA8) || pair == (0x80, 0xA9) || pair == (0xBB, 0xBF) || pair == (0xBF, 0xBE)
                    || pair == (0xBF, 0xBF)
                {
                    return false
                }
            }
            index += 1
        }
        return true
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    /// Characters that give a value other than plain text when they start it.
    private static let indicators = ByteClass("-?:,[]{}#&*!|>'\"%@`")
    private static let flowEnds = ByteClass(",]}")
    /// Characters whose meaning inside a flow collection differs between YAML versions.
    private static let flowForbidden = ByteClass("[{?'\"")

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

/// A set of ASCII characters as two bit masks: a `Set<UInt8>` hashed every
/// byte of every value, a fortieth of the load step.
private struct ByteClass {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ characters: String) {
        for byte in characters.utf8 where byte < 128 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }
}
