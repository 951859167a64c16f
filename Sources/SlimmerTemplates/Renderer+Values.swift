/// Name lookup, sections and writing values.
extension Renderer {
    /// The value a name reads, or nil when nothing on the stack has it.
    mutating func resolve(_ name: Name, _ scope: Scope) -> TemplateValue? {
        switch name {
        case .current:
            return stack.last
        case .key(let key):
            return climb(key)
        case .path(let first, let rest):
            guard let value = climb(first) else { return nil }
            return descend(value, rest)
        case .local(let keys):
            guard let top = stack.last else { return nil }
            return descend(top, keys)
        case .first:
            return scope.position.map { .bool($0.index == 0) }
        case .last:
            return scope.position.map { .bool($0.index == $0.count - 1) }
        case .index:
            return scope.position.map { .int($0.index) }
        }
    }

    /// The first context from the top of the stack that has `key`. A key that
    /// is present with `.null` stops the climb, as the spec's "hash containing
    /// the name as a key" says; only a missing key climbs on.
    private mutating func climb(_ key: TemplateKey) -> TemplateValue? {
        var index = stack.endIndex
        while index > stack.startIndex {
            index -= 1
            if let value = stack[index].field(key) { return value }
        }
        if closed { leaked = true }
        return nil
    }

    /// The rest of a dotted name, resolved strictly inside `value`.
    private func descend(_ value: TemplateValue, _ keys: [TemplateKey]) -> TemplateValue? {
        var current = value
        for key in keys {
            guard let next = current.field(key) else { return nil }
            current = next
        }
        return current
    }

    /// A list renders its body once per element, each pushed in turn; `true`
    /// renders it once without pushing (so `first()` still answers inside);
    /// false, null and an empty list render nothing; any other value is pushed.
    mutating func renderSection(_ value: TemplateValue, _ body: [Node], _ scope: Scope) {
        switch value {
        case .list(let items):
            var inner = scope
            for (index, item) in items.enumerated() {
                inner.position = Position(index: index, count: items.count)
                stack.append(item)
                render(body, inner)
                stack.removeLast()
            }
        case .bool(let flag):
            if flag { render(body, scope) }
        case .null:
            return
        default:
            var inner = scope
            inner.position = nil
            stack.append(value)
            render(body, inner)
            stack.removeLast()
        }
    }

    /// Renders the body when the value is missing, null, false or an empty list.
    mutating func renderInverted(_ value: TemplateValue?, _ body: [Node], _ scope: Scope) {
        switch value {
        case nil, .null?, .bool(false)?:
            render(body, scope)
        case .list(let items)?:
            guard items.isEmpty else { return }
            // swift-mustache renders an empty list's inverted body with the
            // list pushed and outside any iteration; so does this.
            var inner = scope
            inner.position = nil
            stack.append(.list([]))
            render(body, inner)
            stack.removeLast()
        default:
            return
        }
    }

    /// Writes a value as text. Lists and objects write nothing: they have no
    /// text of their own (swift-mustache would print Swift's debug description).
    mutating func append(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .string(let text):
            if escaped { appendEscaped(text) } else { output.append(text) }
        case .int(let number):
            output.append(String(number))
        case .bool(let flag):
            output.append(flag ? "true" : "false")
        case .null, .list, .object:
            return
        }
    }

    /// Appends `text` with `& < > " '` escaped as swift-mustache and HTML do.
    /// Most text has none of them and is appended whole after one scan.
    mutating func appendEscaped(_ text: String) {
        let first = text.utf8.withContiguousStorageIfAvailable { $0.firstIndex(where: Self.needsEscaping) }
        switch first {
        case nil?:
            output.append(text)
        case let offset??:
            appendEscaped(text, from: offset)
        case nil:
            appendEscaped(text, from: 0)
        }
    }

    /// The slow path, from the first byte that may need escaping.
    private mutating func appendEscaped(_ text: String, from offset: Int) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = utf8.index(runStart, offsetBy: offset)
        while index != utf8.endIndex {
            let entity: String
            switch utf8[index] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default:
                utf8.formIndex(after: &index)
                continue
            }
            output.append(contentsOf: text[runStart..<index])
            output.append(entity)
            utf8.formIndex(after: &index)
            runStart = index
        }
        output.append(contentsOf: text[runStart..<utf8.endIndex])
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}
