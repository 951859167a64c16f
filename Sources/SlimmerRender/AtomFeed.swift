import Foundation

/// An Atom feed (RFC 4287) of a list of pages: the site, a section or a theme.
public struct AtomFeed: Sendable {
    /// One entry: a page of the site.
    public struct Entry: Sendable {
        public var title: String
        /// Absolute URL of the page; also the entry's permanent id.
        public var url: String
        public var updated: Date
        public var summary: String
        /// Theme and topic labels.
        public var categories: [String]
    }

    public var title: String
    /// Absolute URL of the feed itself.
    public var feedURL: String
    /// Absolute URL of the page the feed follows.
    public var pageURL: String
    /// Who writes the site, named in the feed since entries name no author.
    public var author: String
    public var language: String
    public var entries: [Entry]
    /// The newest entry's date; for a feed without entries, the newest of the site.
    public var updated: Date

    /// The feed as XML text, every value escaped.
    public func xml() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(escape(language))\">\n"
        xml += "  <title>\(escape(title))</title>\n"
        xml += "  <id>\(escape(feedURL))</id>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(escape(feedURL))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(pageURL))\"/>\n"
        xml += "  <updated>\(Self.timestamp(updated))</updated>\n"
        xml += "  <author><name>\(escape(author))</name></author>\n"
        xml += "  <generator>Slimmer</generator>\n"
        for entry in entries {
            xml += "  <entry>\n"
            xml += "    <title>\(escape(entry.title))</title>\n"
            xml += "    <id>\(escape(entry.url))</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(entry.url))\"/>\n"
            xml += "    <updated>\(Self.timestamp(entry.updated))</updated>\n"
            for category in entry.categories {
                xml += "    <category term=\"\(escape(category))\"/>\n"
            }
            if !entry.summary.isEmpty {
                xml += "    <summary type=\"text\">\(escape(entry.summary))</summary>\n"
            }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }

    private func escape(_ text: String) -> String {
        MarkupEscaping.escape(MarkupEscaping.removingInvalidXMLCharacters(text))
    }

    /// RFC 3339 in UTC, the same on every machine.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(parts.year ?? 1970)-\(two(parts.month))-\(two(parts.day))T\(two(parts.hour)):\(two(parts.minute)):"
            + "\(two(parts.second))Z"
    }
}
