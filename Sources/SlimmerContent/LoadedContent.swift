/// What the load step produced: every item that could be read, the home
/// page's text, and every problem found on the way.
public struct LoadedContent: Sendable {
    public var items: [Item]
    /// The Markdown of `content/_index.md`, shown on the home page.
    public var homeBody: String
    /// The file line `homeBody` starts at.
    public var homeBodyFirstLine: Int
    public var diagnostics: [Diagnostic]

    public init(items: [Item], homeBody: String, homeBodyFirstLine: Int = 1, diagnostics: [Diagnostic]) {
        self.items = items
        self.homeBody = homeBody
        self.homeBodyFirstLine = homeBodyFirstLine
        self.diagnostics = diagnostics
    }
}
