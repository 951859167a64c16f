/// What one walk over a parsed document found.
///
/// The node pointers borrow from the cmark tree: they are only valid until
/// the tree is edited or freed, so the editor uses each list exactly once.
struct DocumentScan {
    /// Heading nodes with the records made for them, in document order.
    var headingNodes: [(node: OpaquePointer, heading: Heading)] = []

    /// Link and image nodes whose destinations may need rewriting.
    var destinationNodes: [OpaquePointer] = []

    /// Raw HTML block and inline nodes, removed in safe mode.
    var rawHTMLNodes: [OpaquePointer] = []

    var links: [MarkdownLink] = []
    var images: [MarkdownImage] = []

    /// Plain text of each text-bearing block, in document order.
    var textBlocks: [String] = []

    var firstParagraph: String?

    var headings: [Heading] {
        headingNodes.map(\.heading)
    }

    var plainText: String {
        textBlocks.joined(separator: "\n")
    }

    mutating func addTextBlock(_ text: String) {
        // Blocks that held only raw HTML leave nothing worth indexing.
        if !text.isEmpty {
            textBlocks.append(text)
        }
    }
}
