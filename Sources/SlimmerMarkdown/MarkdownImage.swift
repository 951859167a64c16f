/// An image found in a Markdown document, as written in the source.
///
/// The source is recorded before any rewriting, so that callers can report
/// missing images in terms the author recognises.
public struct MarkdownImage: Sendable, Hashable {
    /// The image source as written, with Markdown escapes and entities decoded.
    public let source: String

    /// The plain text of the image description, used as its `alt` text.
    public let alt: String

    /// The 1-based source line where the image starts.
    public let line: Int

    /// The 1-based column, counted in characters, where the image starts.
    public let column: Int

    /// Creates an image record.
    public init(source: String, alt: String, line: Int, column: Int) {
        self.source = source
        self.alt = alt
        self.line = line
        self.column = column
    }
}
