import CCmark

/// Applies the renderer's changes to a scanned cmark tree before rendering.
enum DocumentEditor {
    /// Deletes raw HTML the author wrote, so it cannot reach the page.
    static func removeRawHTML(_ nodes: [OpaquePointer]) {
        for node in nodes {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// Sets each link's and image's final URL.
    ///
    /// The caller's rewrite runs first so it sees the destination as written;
    /// the safety check runs last so a rewrite cannot sneak in a script URL.
    static func rewriteDestinations(
        _ nodes: [OpaquePointer],
        neutraliseDangerous: Bool,
        rewrite: (String) -> String?
    ) {
        for node in nodes {
            let original = CmarkNode.url(node)
            var url = rewrite(original) ?? original
            if neutraliseDangerous {
                url = URLSafety.neutralised(url)
            }
            if url != original {
                cmark_node_set_url(node, url)
            }
        }
    }

    /// Replaces every heading with custom nodes that render `<hN id="…">`.
    ///
    /// cmark's heading output has no attributes. An outer custom block keeps
    /// the block's place and line break; the custom inline inside carries the
    /// tags, because cmark puts line breaks around a custom block's own tags.
    static func addAnchors(to headings: [(node: OpaquePointer, heading: Heading)]) {
        for (node, heading) in headings {
            guard let block = anchoredBlock(for: heading) else {
                continue
            }
            // Insert before moving anything, so a refusal leaves the heading whole.
            guard cmark_node_insert_before(node, block) == 1,
                let inline = cmark_node_first_child(block)
            else {
                cmark_node_free(block)
                continue
            }
            moveChildren(from: node, to: inline)
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    private static func anchoredBlock(for heading: Heading) -> OpaquePointer? {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else {
            return nil
        }
        guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
            cmark_node_free(block)
            return nil
        }
        cmark_node_set_on_enter(inline, "<h\(heading.level) id=\"\(heading.anchor)\">")
        cmark_node_set_on_exit(inline, "</h\(heading.level)>")
        cmark_node_append_child(block, inline)
        return block
    }

    private static func moveChildren(from source: OpaquePointer, to target: OpaquePointer) {
        // Appending unlinks the child from its old parent; stop if cmark ever
        // refuses, or the loop would never end.
        while let child = cmark_node_first_child(source) {
            guard cmark_node_append_child(target, child) == 1 else {
                return
            }
        }
    }
}
