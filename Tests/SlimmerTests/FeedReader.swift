import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The titles and summaries of an Atom feed's entries, read with Foundation's XML parser.
final class FeedReader: NSObject, XMLParserDelegate {
    struct Entry { var title = "", summary = "" }
    private var entries: [Entry] = []
    private var text = ""
    private var inEntry = false

    static func entries(_ data: Data) throws -> [Entry] {
        let reader = FeedReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return reader.entries
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "entry" {
            inEntry = true
            entries.append(Entry())
        }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard inEntry else { return }
        switch name {
        case "title": entries[entries.count - 1].title = text
        case "summary": entries[entries.count - 1].summary = text
        case "entry": inEntry = false
        default: break
        }
    }
}
