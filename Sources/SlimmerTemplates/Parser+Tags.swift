/// One method per kind of tag; `position` stands just after the opening delimiter.
extension Parser {
    mutating func parseTag(
        at start: Int, _ state: inout ParseState, _ out: inout NodeBuilder, _ pending: inout Range<Int>
    ) throws(TemplateError) -> TagOutcome {
        let sigil = position < bytes.count ? bytes[position] : 0
        if state.inParentTopLevel, !"$!=/".utf8.contains(sigil), let parent = state.section {
            throw locator.error(
                at: start,
                "only blocks {{$…}} can stand inside the parent \(parent.display), not \(preview(start, state))")
        }
        switch sigil {
        case UInt8(ascii: "#"), UInt8(ascii: "^"):
            position += 1
            return try parseSection(at: start, sigil: sigil, &state, &out, &pending)
        case UInt8(ascii: "/"):
            position += 1
            let name = try readName(at: start, state)
            guard let section = state.section else {
                throw locator.error(at: start, "the closing tag {{/\(name)}} has no opening tag")
            }
            guard name == section.name else {
                let line = locator.location(of: section.offset).line
                throw locator.error(
                    at: start, "the closing tag {{/\(name)}} does not match \(section.display) on line \(line)")
            }
            if !isStandalone(state) { flush(&pending, into: &out) }
            return .closed
        case UInt8(ascii: "!"):
            guard read(until: state.close) != nil else {
                throw locator.error(
                    at: start, "the comment \(preview(start, state)) is never closed with \(text(state.close))")
            }
            return .next(atLineStart: isStandalone(state))
        case UInt8(ascii: "{"), UInt8(ascii: "&"):
            flush(&pending, into: &out)
            position += 1
            let terminator = sigil == UInt8(ascii: "{") ? [UInt8(ascii: "}")] + state.close : state.close
            let name = try readName(at: start, state, until: terminator)
            out.append(.value(try resolve(name, at: start), escaped: false))
            return .next(atLineStart: false)
        case UInt8(ascii: ">"):
            position += 1
            let name = try readName(at: start, state)
            guard !name.hasPrefix("*") else {
                throw locator.error(at: start, "dynamic partial names such as {{>\(name)}} are not supported")
            }
            out.appendText(bytes[pending])
            let standalone = isStandalone(state)
            out.append(.partial(name, indent: standalone ? string(pending) : nil))
            pending = position..<position
            return .next(atLineStart: standalone)
        case UInt8(ascii: "<"):
            position += 1
            return try parseParent(at: start, &state, &out, &pending)
        case UInt8(ascii: "$"):
            position += 1
            return try parseBlock(at: start, &state, &out, &pending)
        case UInt8(ascii: "="):
            position += 1
            try setDelimiters(at: start, &state)
            return .next(atLineStart: isStandalone(state))
        case UInt8(ascii: "%"):
            throw locator.error(at: start, "pragmas such as \(preview(start, state)) are not supported")
        default:
            flush(&pending, into: &out)
            let name = try readName(at: start, state)
            out.append(.value(try resolve(name, at: start), escaped: true))
            return .next(atLineStart: false)
        }
    }

    private mutating func parseSection(
        at start: Int, sigil: UInt8, _ state: inout ParseState, _ out: inout NodeBuilder, _ pending: inout Range<Int>
    ) throws(TemplateError) -> TagOutcome {
        let name = try readName(at: start, state)
        let resolved = try resolve(name, at: start)
        let standalone = isStandalone(state)
        if standalone { pending = position..<position } else { flush(&pending, into: &out) }
        let tag = OpenTag(name: name, sigil: sigil, offset: start)
        let body = try parseBody(state.entering(tag, atLineStart: standalone))
        state.open = body.open
        state.close = body.close
        out.append(sigil == UInt8(ascii: "#") ? .section(resolved, body.nodes) : .inverted(resolved, body.nodes))
        return .next(atLineStart: standalone)
    }

    private mutating func parseParent(
        at start: Int, _ state: inout ParseState, _ out: inout NodeBuilder, _ pending: inout Range<Int>
    ) throws(TemplateError) -> TagOutcome {
        let name = try readName(at: start, state)
        out.appendText(bytes[pending])
        let standalone = isStandalone(state)
        var inner = state.entering(OpenTag(name: name, sigil: UInt8(ascii: "<"), offset: start), atLineStart: true)
        inner.inParentTopLevel = true
        inner.inDefinition = true
        let body = try parseBody(inner)
        state.open = body.open
        state.close = body.close
        out.append(.parent(name, indent: string(pending), overrides: body.overrides))
        pending = position..<position
        return .next(atLineStart: standalone)
    }

    private mutating func parseBlock(
        at start: Int, _ state: inout ParseState, _ out: inout NodeBuilder, _ pending: inout Range<Int>
    ) throws(TemplateError) -> TagOutcome {
        let name = try readName(at: start, state)
        let tag = OpenTag(name: name, sigil: UInt8(ascii: "$"), offset: start)
        let standalone = isStandalone(state)
        if state.inParentTopLevel {
            // A definition: what the parent's block of this name renders instead.
            let body = try parseBody(state.entering(tag, atLineStart: standalone))
            state.open = body.open
            state.close = body.close
            out.overrides[name] = body.nodes
            return .next(atLineStart: standalone)
        }
        var inner = state.entering(tag, atLineStart: standalone)
        if standalone {
            // The spec's "intrinsic indentation": the default's first line sets
            // the indentation, removed here and added back wherever it renders.
            inner.measureFrom = state.inDefinition ? (state.definitionIndent ?? 0) : 0
            inner.inDefinition = true
        } else {
            out.appendText(bytes[pending])
        }
        let body = try parseBody(inner)
        state.open = body.open
        state.close = body.close
        let indent = standalone ? body.intrinsic ?? "" : string(pending)
        out.append(.block(name, defaults: body.nodes, indent: indent, leading: standalone))
        pending = position..<position
        return .next(atLineStart: standalone)
    }

    private mutating func setDelimiters(at start: Int, _ state: inout ParseState) throws(TemplateError) {
        let content = read(until: [UInt8(ascii: "=")] + state.close)
        let parts = content.map { bytes[trimmed($0)].split(whereSeparator: Self.isWhitespace) } ?? []
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw locator.error(
                at: start,
                "the delimiter change \(preview(start, state)) is malformed: write two delimiters, as in {{=<% %>=}}")
        }
        state.open = Array(parts[0])
        state.close = Array(parts[1])
    }

    /// Reads a tag's content up to `terminator` (the closing delimiter by default).
    private mutating func readName(
        at start: Int, _ state: ParseState, until terminator: [UInt8]? = nil
    ) throws(TemplateError) -> String {
        let end = terminator ?? state.close
        func problem(_ what: String) -> TemplateError {
            locator.error(at: start, "the tag \(preview(start, state)) \(what)")
        }
        guard let content = read(until: end) else { throw problem("is never closed with \(text(end))") }
        let name = trimmed(content)
        if name.isEmpty { throw problem("has no name") }
        if bytes[name].contains(where: Self.isWhitespace) {
            // A line break or another tag inside means the closing delimiter was forgotten.
            if bytes[name].contains(Self.lineFeed) || contains(state.open, in: name) {
                throw problem("is never closed with \(text(end))")
            }
            throw problem("has a space in its name")
        }
        if bytes[name].contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) {
            throw problem("has a brace in its name")
        }
        return string(name)
    }

    private mutating func resolve(_ name: String, at start: Int) throws(TemplateError) -> Name {
        switch Name.parse(name) {
        case .success(let resolved):
            references.append((name, start))
            return resolved
        case .failure(.function):
            throw locator.error(
                at: start, "\"\(name)\" is not supported: the only functions are first(), last() and index(), in a list"
            )
        case .failure(.emptyPart):
            throw locator.error(at: start, "the name \"\(name)\" has an empty part between its dots")
        }
    }

    private func contains(_ sequence: [UInt8], in range: Range<Int>) -> Bool {
        range.contains { matches(sequence, at: $0) && $0 + sequence.count <= range.upperBound }
    }

    private mutating func flush(_ pending: inout Range<Int>, into out: inout NodeBuilder) {
        out.appendText(bytes[pending])
        pending = position..<position
    }

    /// The tag as the author wrote it, for messages: up to its closing
    /// delimiter, else to the end of the line or 40 bytes.
    func preview(_ start: Int, _ state: ParseState) -> String {
        var end = min(start + state.open.count, bytes.count)
        while end < bytes.count, end - start < 40, bytes[end] != Self.lineFeed, bytes[end] != Self.carriageReturn {
            if matches(state.close, at: end) { return string(start..<end + state.close.count) }
            end += 1
        }
        return string(start..<end)
    }

    func text(_ delimiter: [UInt8]) -> String { String(decoding: delimiter, as: UTF8.self) }
}
