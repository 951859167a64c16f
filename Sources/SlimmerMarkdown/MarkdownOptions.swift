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
    public init(unsafeHTML: Bool = false, smartPunctuation: Bool = true) {
        self.unsafeHTML = unsafeHTML
        self.smartPunctuation = smartPunctuation
    }
}
