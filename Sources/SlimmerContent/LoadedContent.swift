/// What the load step produced: every item that could be read, the home
/// page's text, and every problem found on the way.
public struct LoadedContent: Sendable {
    public var items: [Item]
    /// The Markdown of `content/_index.md`, shown on the home page.
    public var homeBody: String
    public var diagnostics: [Diagnostic]

    public init(items: [Item], homeBody: String, diagnostics: [Diagnostic]) {
        self.items = items
        self.homeBody = homeBody
        self.diagnostics = diagnostics
    }
}
