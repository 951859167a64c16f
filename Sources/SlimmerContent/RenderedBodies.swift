import SlimmerMarkdown

/// The Markdown step's result: every published item's body as HTML.
public struct RenderedBodies: Sendable {
    /// Bodies by item id.
    public var byID: [String: RenderedMarkdown]
    /// The home page's introduction.
    public var home: RenderedMarkdown

    public init(byID: [String: RenderedMarkdown], home: RenderedMarkdown) {
        self.byID = byID
        self.home = home
    }
}
