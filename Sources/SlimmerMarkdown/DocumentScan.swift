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

    /// Plain text of the text-bearing blocks, in document order, one per line.
    private var plainBytes: [UInt8] = []

    var firstParagraph: String?

    var headings: [Heading] {
        headingNodes.map(\.heading)
    }

    var plainText: String {
        String(decoding: plainBytes, as: UTF8.self)
    }

    /// The plain text's ``SearchText/distinctWords(_:limit:)``, from the
    /// bytes themselves (lowercased and padded in place): no string of the whole text.
    mutating func takeSearchWords() -> String {
        SearchText.distinctWords(utf8: &plainBytes)
    }

    /// Room for `count` bytes of text and the search words' padding, so
    /// that the text is never copied to grow.
    mutating func reserveText(_ count: Int) {
        plainBytes.reserveCapacity(count + WordSet.padding)
    }

    /// Adds a block's text: bytes, because a string per text node cost more
    /// than cmark's own parsing of the node (the bytes are cmark's, valid UTF-8).
    mutating func addTextBlock(_ text: [UInt8]) {
        // Blocks that held only raw HTML leave nothing worth indexing.
        guard !text.isEmpty else { return }
        if !plainBytes.isEmpty { plainBytes.append(UInt8(ascii: "\n")) }
        plainBytes.append(contentsOf: text)
    }
}
