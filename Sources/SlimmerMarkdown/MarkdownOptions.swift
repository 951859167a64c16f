/// Switches that change how ``MarkdownRenderer`` turns Markdown into HTML.
public struct MarkdownOptions: Sendable, Hashable {
    /// Keeps raw HTML and dangerous link schemes from the source.
    ///
    /// Off by default: content may come from people who should not be able to
    /// inject scripts into the generated site.
    public var unsafeHTML: Bool = false

    /// Turns straight quotes into curly ones, `--` into an en dash and `---`
    /// into an em dash.
    public var smartPunctuation: Bool = true

    /// Creates options; the defaults are safe HTML with smart punctuation.
    /// Keep the plain text of the document in the result. A site that does
    /// not index its text leaves it out: at 100,000 pages it is a gigabyte.
    public var collectsPlainText: Bool = true

    /// Keeps only the plain text's distinct folded words
    /// (``SearchText/distinctWords(_:limit:)``), made straight from the
    /// scanned bytes: all a search index needs, without the full text's string.
    public var keepsOnlySearchWords: Bool = false

    public init(
        unsafeHTML: Bool = false, smartPunctuation: Bool = true, collectsPlainText: Bool = true,
        keepsOnlySearchWords: Bool = false
    ) {
        self.unsafeHTML = unsafeHTML
        self.smartPunctuation = smartPunctuation
        self.collectsPlainText = collectsPlainText
        self.keepsOnlySearchWords = keepsOnlySearchWords
    }
}
