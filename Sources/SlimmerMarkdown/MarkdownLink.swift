/// A link found in a Markdown document, as written in the source.
///
/// The destination is recorded before any rewriting, so that callers can
/// report broken links in terms the author recognises.
public struct MarkdownLink: Sendable, Hashable {
    /// The destination as written, with Markdown escapes and entities decoded.
    public let destination: String

    /// The 1-based source line where the link starts.
    public let line: Int

    /// The 1-based column, counted in characters, where the link starts.
    public let column: Int

    /// Creates a link record.
    public init(destination: String, line: Int, column: Int) {
        self.destination = destination
        self.line = line
        self.column = column
    }
}
