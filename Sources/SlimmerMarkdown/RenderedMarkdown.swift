/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML fragment, with `id` attributes on every heading.
    public let html: String

    /// Every heading in document order, for tables of contents.
    public let headings: [Heading]

    /// Every link in document order, with destinations as written.
    public let links: [MarkdownLink]

    /// Every image in document order, with sources as written.
    public let images: [MarkdownImage]

    /// The document's text without markup: blocks on separate lines; with
    /// ``MarkdownOptions/keepsOnlySearchWords``, only its distinct folded words.
    ///
    /// Meant for search indexes and word counts; raw HTML is left out.
    public let plainText: String

    /// The plain text of the first top-level paragraph, for summaries.
    ///
    /// Empty when the document has no top-level paragraph.
    public let firstParagraph: String

    /// Creates a rendering result.
    public init(
        html: String,
        headings: [Heading],
        links: [MarkdownLink],
        images: [MarkdownImage],
        plainText: String,
        firstParagraph: String
    ) {
        self.html = html
        self.headings = headings
        self.links = links
        self.images = images
        self.plainText = plainText
        self.firstParagraph = firstParagraph
    }

    /// The same result without its HTML: a streamed build keeps the rest
    /// (links for the link check) once the page that shows the HTML is written;
    /// `andText` drops the search words too, once the search entry is made.
    public func droppingHTML(andText: Bool = false) -> RenderedMarkdown {
        RenderedMarkdown(
            html: "", headings: headings, links: links, images: images, plainText: andText ? "" : plainText,
            firstParagraph: firstParagraph)
    }
}
