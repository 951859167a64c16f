import CCmark
import CCmarkArena

/// Renders CommonMark to HTML and collects what a site generator needs.
///
/// Built on cmark. Each call parses its own document, so one renderer can be
/// shared by many tasks at once.
///
/// ```swift
/// let page = MarkdownRenderer().render("# Hallo\n\nWelkom!")
/// page.html          // "<h1 id=\"hallo\">Hallo</h1>\n<p>Welkom!</p>\n"
/// page.headings      // [Heading(level: 1, text: "Hallo", anchor: "hallo", line: 1)]
/// ```
public struct MarkdownRenderer: Sendable {
    /// The options every render of this renderer uses.
    public let options: MarkdownOptions

    /// Creates a renderer; by default raw HTML is dropped and quotes are curled.
    public init(options: MarkdownOptions = .init()) {
        self.options = options
    }

    /// Renders one Markdown document.
    ///
    /// - Parameters:
    ///   - markdown: CommonMark source. Invalid UTF-8 becomes U+FFFD.
    ///   - rewriteLink: Receives every link and image destination as written;
    ///     returning a string replaces it (used to turn `../doetanks/x.md`
    ///     into `/doetanks/x/`), nil keeps it. Only the HTML changes: the
    ///     result's ``RenderedMarkdown/links`` and ``RenderedMarkdown/images``
    ///     keep the destinations as written. In safe mode a rewritten URL is
    ///     still checked for dangerous schemes.
    /// - Returns: The HTML with heading anchors, plus headings, links, images
    ///   and plain text.
    public func render(
        _ markdown: String,
        rewriteLink: (String) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        guard let root = parse(markdown) else {
            return RenderedMarkdown(
                html: "", headings: [], links: [], images: [], plainText: "", firstParagraph: "")
        }
        defer {
            cmark_node_free(root)
            // After the HTML and every string are copied out: cmark's nodes,
            // buffers and HTML live in this thread's arena.
            slimmer_cmark_arena_reset()
        }

        // The plain text is seldom longer than the source (curled quotes can
        // make it so, and then the bytes grow as usual).
        var scan = DocumentScanner.scan(root, textCapacity: options.collectsPlainText ? markdown.utf8.count : 0)
        let columns = ColumnConverter(markdown)
        edit(scan, rewriteLink: rewriteLink)
        return RenderedMarkdown(
            html: renderHTML(root),
            headings: scan.headings,
            links: scan.links.map { link in
                MarkdownLink(
                    destination: link.destination, line: link.line,
                    column: columns.characterColumn(line: link.line, byteColumn: link.column))
            },
            images: scan.images.map { image in
                MarkdownImage(
                    source: image.source, alt: image.alt, line: image.line,
                    column: columns.characterColumn(line: image.line, byteColumn: image.column))
            },
            plainText: plainText(&scan),
            firstParagraph: scan.firstParagraph ?? ""
        )
    }

    private func plainText(_ scan: inout DocumentScan) -> String {
        guard options.collectsPlainText else { return "" }
        return options.keepsOnlySearchWords ? scan.takeSearchWords() : scan.plainText
    }

    private func edit(_ scan: DocumentScan, rewriteLink: (String) -> String?) {
        if !options.unsafeHTML {
            DocumentEditor.removeRawHTML(scan.rawHTMLNodes)
        }
        DocumentEditor.rewriteDestinations(
            scan.destinationNodes,
            neutraliseDangerous: !options.unsafeHTML,
            rewrite: rewriteLink
        )
        DocumentEditor.addAnchors(to: scan.headingNodes)
    }

    private var parseOptions: Int32 {
        // No CMARK_OPT_VALIDATE_UTF8: a Swift string is valid UTF-8 already,
        // and cmark replaces NUL bytes either way.
        var flags = CMARK_OPT_DEFAULT
        if options.smartPunctuation {
            flags |= CMARK_OPT_SMART
        }
        return flags
    }

    private func parse(_ markdown: String) -> OpaquePointer? {
        guard let parser = cmark_parser_new_with_mem(parseOptions, slimmer_cmark_arena()) else { return nil }
        defer { cmark_parser_free(parser) }
        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                // An empty Swift string may have no buffer: nothing to feed.
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        return cmark_parser_finish(parser)
    }

    private func renderHTML(_ root: OpaquePointer) -> String {
        // Unsafe rendering lets our heading HTML through; user HTML and
        // dangerous URLs were already removed in safe mode.
        // The HTML is in the arena: it is released with the document.
        guard let html = cmark_render_html(root, CMARK_OPT_UNSAFE) else {
            return ""
        }
        return String(cString: html)
    }
}
