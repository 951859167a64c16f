/// Compiles template source into a `Node` tree.
///
/// The whitespace rules follow swift-mustache's line model (the engine the site
/// used before), so that pages come out byte for byte the same: a line holding
/// only a section, comment, partial or delimiter tag disappears, and the
/// whitespace before a standalone partial becomes its indentation.
struct Parser {
    let bytes: [UInt8]
    let locator: SourceLocator
    var position = 0
    /// Every name a value or section tag reads, with the offset of its tag.
    var references: [(name: String, offset: Int)] = []

    init(_ source: String) {
        bytes = Array(source.utf8)
        locator = SourceLocator(bytes)
    }
}

/// The tag whose body is being parsed: what closes it, and where it opened
/// (for the error when nothing does).
struct OpenTag {
    var name: String
    var sigil: UInt8
    var offset: Int

    var display: String { "{{\(Character(Unicode.Scalar(sigil)))\(name)}}" }
}

/// What the parser knows at a point in the source; a body parses with its own
/// copy, as swift-mustache's does.
struct ParseState {
    var section: OpenTag?
    /// Only whitespace stands between the start of the line and here.
    var atLineStart = true
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)
    /// Directly inside `{{<parent}}`, where only block definitions count.
    var inParentTopLevel = false
    /// Inside a block definition, whose indentation is removed from each line.
    var inDefinition = false
    /// How much leading whitespace to drop from each line of a definition,
    /// taken from its first line.
    var definitionIndent: Int?
    /// Set for the body of a standalone block: measure its first line's
    /// indentation beyond this many characters.
    var measureFrom: Int?

    func entering(_ tag: OpenTag, atLineStart: Bool) -> ParseState {
        var state = self
        state.section = tag
        state.inParentTopLevel = false
        state.atLineStart = atLineStart
        return state
    }
}

/// A parsed body, with the delimiters in force at its end (a delimiter change
/// lasts past the end of the section it stands in).
struct Parsed {
    var nodes: [Node]
    var overrides: [String: [Node]]
    var open: [UInt8]
    var close: [UInt8]
    /// The indentation of the first line, for the body of a standalone block.
    var intrinsic: String?
}

/// Collects nodes, merging adjacent text so that rendering appends it at once.
struct NodeBuilder {
    var nodes: [Node] = []
    var overrides: [String: [Node]] = [:]
    private var text: [UInt8] = []
    /// Text directly inside a parent tag is ignored, as the spec says.
    let ignoresText: Bool

    init(ignoresText: Bool) { self.ignoresText = ignoresText }

    mutating func appendText(_ bytes: ArraySlice<UInt8>) {
        if !ignoresText { text.append(contentsOf: bytes) }
    }

    mutating func append(_ node: Node) {
        flush()
        nodes.append(node)
    }

    mutating func finish() -> [Node] {
        flush()
        return nodes
    }

    private mutating func flush() {
        guard !text.isEmpty else { return }
        nodes.append(.text(Text(text)))
        text.removeAll(keepingCapacity: true)
    }
}

/// What a tag did to the body being parsed.
enum TagOutcome {
    case next(atLineStart: Bool)
    /// The tag closed the body.
    case closed
}

extension Parser {
    /// Parses until the end of the source, or until the tag closing `initial.section`.
    mutating func parseBody(_ initial: ParseState) throws(TemplateError) -> Parsed {
        var state = initial
        var out = NodeBuilder(ignoresText: state.inParentTopLevel)
        // Whitespace that opened the current line and has not been written yet:
        // a standalone tag drops it, anything else writes it first.
        var pending = position..<position
        var intrinsic: String?
        while position < bytes.count {
            if state.atLineStart {
                let blanks = readBlanks()
                if let base = state.measureFrom {
                    let relative = blanks.dropFirst(base)
                    intrinsic = string(relative)
                    state.definitionIndent = base + relative.count
                    state.measureFrom = nil
                } else if state.inDefinition && !state.inParentTopLevel {
                    if let indent = state.definitionIndent {
                        pending = blanks.dropFirst(indent)
                    } else {
                        state.definitionIndent = blanks.count
                    }
                } else {
                    pending = blanks
                }
            }
            let (text, stop) = scanText(state.open)
            if case .newline(let length) = stop {
                out.appendText(bytes[pending])
                out.appendText(bytes[text.lowerBound..<text.upperBound + length])
                pending = position..<position
                position += length
                state.atLineStart = true
                continue
            }
            if !text.isEmpty {
                out.appendText(bytes[pending])
                out.appendText(bytes[text])
                pending = position..<position
                state.atLineStart = false
            }
            guard case .tag(let start) = stop else { break }
            switch try parseTag(at: start, &state, &out, &pending) {
            case .next(let atLineStart): state.atLineStart = atLineStart
            case .closed:
                return Parsed(
                    nodes: out.finish(), overrides: out.overrides, open: state.open, close: state.close,
                    intrinsic: intrinsic)
            }
        }
        if let section = state.section {
            throw locator.error(at: section.offset, "the \(kind(of: section.sigil)) \(section.display) is never closed")
        }
        return Parsed(
            nodes: out.finish(), overrides: out.overrides, open: state.open, close: state.close, intrinsic: intrinsic)
    }

    func kind(of sigil: UInt8) -> String {
        switch sigil {
        case UInt8(ascii: "<"): "parent"
        case UInt8(ascii: "$"): "block"
        default: "section"
        }
    }
}
