import SlimmerMarkdown

/// The Markdown step's result: every published item's body as HTML.
public struct RenderedBodies: Sendable {
    /// Bodies by item id.
    public var byID: [String: RenderedMarkdown]
    /// The home page's introduction.
    public var home: RenderedMarkdown
}
