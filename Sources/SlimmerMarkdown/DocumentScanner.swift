import CCmark
import Foundation

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
    private var openText: [[UInt8]] = []

    /// Scans the tree under `root`, whose plain text takes at most `textCapacity` bytes.
    static func scan(_ root: OpaquePointer, textCapacity: Int = 0) -> DocumentScan {
        var scanner = DocumentScanner()
        scanner.scan.reserveText(textCapacity)
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
            openText.append([])
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            appendLiteral(of: node)
        case CMARK_NODE_SOFTBREAK:
            appendText([UInt8(ascii: " ")])
        case CMARK_NODE_LINEBREAK:
            appendText([UInt8(ascii: "\n")])
        case CMARK_NODE_CODE_BLOCK:
            scan.addTextBlock(Array(trimmingTrailingNewlines(CmarkNode.literal(node)).utf8))
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

    private mutating func appendText(_ text: [UInt8]) {
        guard !openText.isEmpty else {
            return
        }
        openText[openText.count - 1].append(contentsOf: text)
    }

    /// A text node's literal, copied straight from cmark's bytes.
    private mutating func appendLiteral(of node: OpaquePointer) {
        guard !openText.isEmpty, let literal = cmark_node_get_literal(node) else { return }
        literal.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            openText[openText.count - 1].append(contentsOf: UnsafeBufferPointer(start: bytes, count: strlen(literal)))
        }
    }

    private mutating func closeText() -> [UInt8] {
        openText.popLast() ?? []
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
        let altBytes = closeText()
        // The description also reads as text of the surrounding paragraph.
        appendText(altBytes)
        let alt = String(decoding: altBytes, as: UTF8.self)
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
            scan.firstParagraph = String(decoding: text, as: UTF8.self)
        }
    }

    private mutating func finishHeading(_ node: OpaquePointer) {
        let bytes = closeText()
        scan.addTextBlock(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
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
