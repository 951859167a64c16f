import Foundation
import Yams

/// Reads typed fields from one YAML mapping and reports every problem with
/// its file position.
///
/// Each accessor records the key it was asked for, so that `finish()` can name
/// the keys nobody asked for: an unknown key is an error with a suggestion.
final class FieldReader {
    let file: String
    let lineOffset: Int
    let timeZone: TimeZone
    private let mapping: Node.Mapping
    /// The mapping's values by key text, the last of equal keys winning as in
    /// Yams (which reports them anyway): its own subscript compares every key
    /// node, tags and all, and showed in profiles.
    private let values: [String: Node]
    private let position: (line: Int, column: Int)
    private let collector: DiagnosticCollector
    private var known: [String] = []

    init(
        mapping: Node.Mapping, file: String, lineOffset: Int, timeZone: TimeZone,
        collector: DiagnosticCollector, position: (line: Int, column: Int)
    ) {
        self.mapping = mapping
        var values: [String: Node] = [:]
        values.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            if let text = key.scalar?.string { values[text] = value }
        }
        self.values = values
        self.file = file
        self.lineOffset = lineOffset
        self.timeZone = timeZone
        self.collector = collector
        self.position = position
    }

    /// Reports an error at a YAML node, or at this mapping when `node` is nil.
    func error(_ message: String, at node: Node?, hint: String? = nil) {
        let (line, column) = node.map(self.position(of:)) ?? position
        collector.add(Diagnostic(file: file, line: line, column: column, message: message, hint: hint))
    }

    /// Reports an error at a file position.
    func reportAt(line: Int, column: Int, message: String, hint: String? = nil) {
        collector.add(Diagnostic(file: file, line: line, column: column, message: message, hint: hint))
    }

    func position(of node: Node) -> (line: Int, column: Int) {
        guard let mark = node.mark else { return position }
        return (mark.line + lineOffset - 1, mark.column)
    }

    /// The node for `key`, recording it as known; an error when required and absent.
    func node(_ key: String, required: Bool = false, example: String? = nil) -> Node? {
        known.append(key)
        guard let node = values[key], !node.isNull else {
            guard required else { return nil }
            let example = example.map { "`\(key): \($0)`" } ?? "`\(key): …`"
            if let keyNode = mapping.keys.first(where: { $0.string == key }) {
                error("\"\(key)\" is empty", at: keyNode, hint: "Write a value after the colon, such as \(example).")
            } else {
                error("required field \"\(key)\" is missing", at: nil, hint: "Add a line such as \(example).")
            }
            return nil
        }
        return node
    }

    func string(_ key: String, required: Bool = false, example: String? = nil) -> Located<String>? {
        guard let node = node(key, required: required, example: example) else { return nil }
        guard let scalar = node.scalar else {
            error("\"\(key)\" must be a single text value", at: node, hint: "Write it on one line after `\(key):`.")
            return nil
        }
        let text = scalar.string.trimmed(.whitespacesAndNewlines)
        if text.isEmpty {
            // An empty optional value means "not set", as if the line were not there.
            if required { error("\"\(key)\" is empty", at: node, hint: "Write a value after the colon.") }
            return nil
        }
        let (line, column) = position(of: node)
        return Located(text, line: line, column: column)
    }

    func bool(_ key: String) -> Bool {
        guard let node = node(key) else { return false }
        switch node.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error("\"\(key)\" must be true or false", at: node, hint: "Write `\(key): true` or `\(key): false`.")
            return false
        }
    }

    func integer(_ key: String) -> Int? {
        guard let node = node(key) else { return nil }
        guard let text = node.scalar?.string, let value = Int(text), value >= 0 else {
            error("\"\(key)\" must be a whole number", at: node, hint: "Write it as digits, for example `\(key): 40`.")
            return nil
        }
        return value
    }

    func date(_ key: String, required: Bool = false, example: String = "2026-03-12") -> Located<DateValue>? {
        guard let located = string(key, required: required, example: example) else { return nil }
        switch DateValue.parse(located.value, timeZone: timeZone) {
        case .success(let date):
            return Located(date, line: located.line, column: located.column)
        case .failure(let problem):
            collector.add(
                Diagnostic(
                    file: file, line: located.line, column: located.column,
                    message: "\"\(key)\" \(problem): \"\(located.value)\"",
                    hint: "Write a date as YYYY-MM-DD or a date and time as YYYY-MM-DDTHH:MM, for example \(example)."
                ))
            return nil
        }
    }

    func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String, required: Bool = false, as type: Choice.Type
    ) -> Choice? where Choice.RawValue == String {
        let allowed = Choice.allCases.map(\.rawValue)
        guard let located = string(key, required: required, example: allowed.first) else { return nil }
        if let value = Choice(rawValue: located.value) { return value }
        let list = allowed.joined(separator: ", ")
        let hint = Suggestion.hint(for: located.value, in: allowed) ?? "Use one of: \(list)."
        error("\"\(key)\" must be one of \(list), not \"\(located.value)\"", at: values[key], hint: hint)
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one.
    func strings(_ key: String, required: Bool = false, example: String? = nil) -> [Located<String>] {
        guard let node = node(key, required: required, example: example) else { return [] }
        if let text = node.scalar?.string, text.contains(",") {
            let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            error(
                "\"\(key)\" is written as one text with commas", at: node,
                hint: "Write a list between square brackets: `\(key): [\(items.joined(separator: ", "))]`.")
            let (line, column) = position(of: node)
            return items.filter { !$0.isEmpty }.map { Located($0, line: line, column: column) }
        }
        let elements: [Node] = node.sequence.map(Array.init) ?? [node]
        var result: [Located<String>] = []
        for element in elements {
            guard let text = element.scalar?.string.trimmed(.whitespaces), !text.isEmpty else {
                error(
                    "every entry of \"\(key)\" must be a text", at: element, hint: "Write the list as `- value` lines.")
                continue
            }
            let (line, column) = position(of: element)
            result.append(Located(text, line: line, column: column))
        }
        if result.isEmpty, required {
            error(
                "\"\(key)\" needs at least one entry", at: node, hint: example.map { "For example `\(key): [\($0)]`." })
        }
        return result
    }

    /// A nested mapping, read by its own reader that shares this one's diagnostics.
    func nested(_ key: String, required: Bool = false) -> FieldReader? {
        guard let node = node(key, required: required) else { return nil }
        return reader(for: node, named: key)
    }

    /// A list of nested mappings.
    func nestedList(_ key: String) -> [FieldReader] {
        guard let node = node(key) else { return [] }
        let elements: [Node] = node.sequence.map(Array.init) ?? [node]
        return elements.compactMap { reader(for: $0, named: key, inList: true) }
    }

    private func reader(for node: Node, named key: String, inList: Bool = false) -> FieldReader? {
        guard let mapping = node.mapping else {
            if inList {
                error(
                    "every entry of \"\(key)\" must be a group of fields", at: node,
                    hint:
                        "Start each entry with `- ` and write its fields as `name: value`, such as `- { name: …, role: … }`."
                )
            } else {
                error(
                    "\"\(key)\" must be a group of fields", at: node,
                    hint: "Write its fields on the lines below it, indented, as `name: value`.")
            }
            return nil
        }
        return FieldReader(
            mapping: mapping, file: file, lineOffset: lineOffset, timeZone: timeZone,
            collector: collector, position: position(of: node))
    }

    /// Reports every key that no accessor asked for.
    func finish() {
        for keyNode in mapping.keys {
            guard let key = keyNode.scalar?.string, !known.contains(key) else { continue }
            let hint =
                DutchFieldNames.hint(for: key, in: known) ?? Suggestion.hint(for: key, in: known)
                ?? "Remove it, or use one of: \(known.joined(separator: ", "))."
            error("unknown field \"\(key)\"", at: keyNode, hint: hint)
        }
    }
}

extension Node {
    /// True for `~`, `null` and an empty value.
    var isNull: Bool {
        guard let scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

extension String {
    /// `trimmingCharacters(in:)`, returning the text itself when neither end
    /// needs trimming: almost every front matter value, and Foundation's trim
    /// copies and scans it.
    fileprivate func trimmed(_ characters: CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !characters.contains(first) && !characters.contains(last) { return self }
        return trimmingCharacters(in: characters)
    }
}
