/// A heading found in a Markdown document, for tables of contents.
public struct Heading: Sendable, Hashable {
    /// The heading level, 1 for `#` through 6 for `######`.
    public let level: Int

    /// The heading's plain text, without markup.
    public let text: String

    /// The `id` given to the rendered heading, unique within its document.
    public let anchor: String

    /// The 1-based source line the heading starts on, for diagnostics.
    public let line: Int

    /// Creates a heading record.
    public init(level: Int, text: String, anchor: String, line: Int) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.line = line
    }
}
