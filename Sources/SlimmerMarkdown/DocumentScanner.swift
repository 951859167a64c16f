import CCmark

/// Walks a cmark tree once and records everything the renderer reports or edits.
///
/// The walk only reads; editing happens afterwards, because cmark's iterator
/// is only safe against changes to the node it has just left.
struct DocumentScanner {
    private var scan = DocumentScan()
    private var anchors = AnchorRegistry()

    /// Plain text being gathered for each open paragraph, heading or image.
    ///
    /// Images nest inside paragraphs (and in other images' descriptions), so
    /// an image's text is finished first and then added to its container's.
    private var openText: [String] = []

    /// Scans the tree under `root`.
    static func scan(_ root: OpaquePointer) -> DocumentScan {
        var scanner = DocumentScanner()
        guard let iterator = cmark_iter_new(root) else {
            return scanner.scan
        }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else {
                continue
            }
            if event == CMARK_EVENT_ENTER {
                scanner.enter(node)
            } else {
                scanner.exit(node)
            }
        }
        return scanner.scan
    }

    // Leaf nodes (text, code, breaks, raw HTML, code blocks) only get an
    // enter event, so everything about them is handled here.
    private mutating func enter(_ node: OpaquePointer) {
        switch CmarkNode.type(node) {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_IMAGE:
            openText.append("")
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            appendText(CmarkNode.literal(node))
        case CMARK_NODE_SOFTBREAK:
            appendText(" ")
        case CMARK_NODE_LINEBREAK:
            appendText("\n")
        case CMARK_NODE_CODE_BLOCK:
            scan.addTextBlock(trimmingTrailingNewlines(CmarkNode.literal(node)))
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
            scan.rawHTMLNodes.append(node)
        case CMARK_NODE_LINK:
            recordLink(node)
        default:
            break
        }
    }

    private mutating func exit(_ node: OpaquePointer) {
        switch CmarkNode.type(node) {
        case CMARK_NODE_PARAGRAPH:
            finishParagraph(node)
        case CMARK_NODE_HEADING:
            finishHeading(node)
        case CMARK_NODE_IMAGE:
            finishImage(node)
        default:
            break
        }
    }

    private mutating func appendText(_ text: String) {
        guard !openText.isEmpty else {
            return
        }
        openText[openText.count - 1] += text
    }

    private mutating func closeText() -> String {
        openText.popLast() ?? ""
    }

    private mutating func recordLink(_ node: OpaquePointer) {
        scan.destinationNodes.append(node)
        scan.links.append(
            MarkdownLink(
                destination: CmarkNode.url(node),
                line: CmarkNode.startLine(node),
                column: CmarkNode.startColumn(node)
            )
        )
    }

    private mutating func finishImage(_ node: OpaquePointer) {
        let alt = closeText()
        // The description also reads as text of the surrounding paragraph.
        appendText(alt)
        scan.destinationNodes.append(node)
        scan.images.append(
            MarkdownImage(
                source: CmarkNode.url(node),
                alt: alt,
                line: CmarkNode.startLine(node),
                column: CmarkNode.startColumn(node)
            )
        )
    }

    private mutating func finishParagraph(_ node: OpaquePointer) {
        let text = closeText()
        scan.addTextBlock(text)
        if scan.firstParagraph == nil && CmarkNode.isTopLevel(node) {
            scan.firstParagraph = text
        }
    }

    private mutating func finishHeading(_ node: OpaquePointer) {
        let text = closeText()
        scan.addTextBlock(text)
        let heading = Heading(
            level: CmarkNode.headingLevel(node),
            text: text,
            anchor: anchors.anchor(for: text),
            line: Int(cmark_node_get_start_line(node))
        )
        scan.headingNodes.append((node: node, heading: heading))
    }

    private func trimmingTrailingNewlines(_ text: String) -> String {
        var text = text
        while let last = text.last, last.isNewline {
            text.removeLast()
        }
        return text
    }
}
