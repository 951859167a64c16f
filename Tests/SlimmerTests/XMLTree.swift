import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Element paths of an XML document, enough to check a feed's structure.
struct XMLTree {
    var root = ""
    /// Child element names by parent name.
    var children: [String: [String]] = [:]
    /// `parent/child` and `name` paths with their texts.
    var paths: [String: [String]] = [:]

    func count(_ path: String) -> Int { paths[path]?.count ?? 0 }
    func texts(_ name: String) -> [String] { paths[name] ?? [] }

    static func parse(_ data: Data) throws -> XMLTree {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return delegate.tree
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var tree = XMLTree()
        var stack: [String] = []
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if stack.isEmpty { tree.root = name }
            if let parent = stack.last { tree.children[parent, default: []].append(name) }
            stack.append(name)
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
            tree.paths[name, default: []].append(text)
            if let parent = stack.last { tree.paths["\(parent)/\(name)", default: []].append(text) }
        }
    }
}
