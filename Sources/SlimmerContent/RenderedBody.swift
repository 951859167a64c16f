import SlimmerMarkdown

/// A body as the Markdown step left it.
public struct RenderedBody: Sendable {
    public var markdown: RenderedMarkdown
    public var diagnostics: [Diagnostic]
    /// Content files its links point to, for knowing which bodies to render
    /// again when those files change.
    public var linkedFiles: Set<String>

    public init(markdown: RenderedMarkdown, diagnostics: [Diagnostic], linkedFiles: Set<String>) {
        self.markdown = markdown
        self.diagnostics = diagnostics
        self.linkedFiles = linkedFiles
    }
}
