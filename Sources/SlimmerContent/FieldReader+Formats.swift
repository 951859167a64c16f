import Foundation

extension FieldReader {
    /// An absolute http(s) URL.
    func url(_ key: String, required: Bool = false) -> String? {
        guard let located = string(key, required: required, example: "https://example.nl/") else { return nil }
        let text = located.value
        if let components = URLComponents(string: text), ["http", "https"].contains(components.scheme?.lowercased()),
            let host = components.host, host.contains(".")
        {
            return text
        }
        report(
            "\"\(key)\" is not a web address: \"\(text)\"", at: located,
            hint: "Write a full address starting with https://.")
        return nil
    }

    /// An e-mail address; a `mailto:` prefix is accepted and dropped.
    func email(_ key: String) -> String? {
        guard let located = string(key) else { return nil }
        var text = located.value
        if text.lowercased().hasPrefix("mailto:") { text = String(text.dropFirst(7)) }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let valid =
            parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(where: \.isWhitespace)
        if valid { return text }
        report(
            "\"\(key)\" is not an e-mail address: \"\(located.value)\"", at: located,
            hint: "Write it as naam@organisatie.nl.")
        return nil
    }

    /// Reports an error at a value read earlier.
    func report<Value>(_ message: String, at located: Located<Value>, hint: String? = nil) {
        reportAt(line: located.line, column: located.column, message: message, hint: hint)
    }
}
