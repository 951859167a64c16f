import CCmark

/// Swift-friendly reads of cmark node fields.
///
/// cmark hands out borrowed C strings owned by the node; copying them into
/// Swift strings at once keeps them valid after the tree is edited or freed.
enum CmarkNode {
    static func type(_ node: OpaquePointer) -> cmark_node_type {
        cmark_node_get_type(node)
    }

    static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    static func url(_ node: OpaquePointer) -> String {
        string(cmark_node_get_url(node))
    }

    static func headingLevel(_ node: OpaquePointer) -> Int {
        Int(cmark_node_get_heading_level(node))
    }

    static func startLine(_ node: OpaquePointer) -> Int {
        Int(cmark_node_get_start_line(node))
    }

    static func startColumn(_ node: OpaquePointer) -> Int {
        Int(cmark_node_get_start_column(node))
    }

    static func isTopLevel(_ node: OpaquePointer) -> Bool {
        guard let parent = cmark_node_parent(node) else {
            return false
        }
        return type(parent) == CMARK_NODE_DOCUMENT
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
