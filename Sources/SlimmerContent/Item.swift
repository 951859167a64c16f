import Foundation
import Synchronization

/// One content file, read and checked: the fields every type shares, and the
/// type's own fields in `details`.
///
/// A class, because every list, index and page refers to the same items:
/// passing one around costs a reference count, not a copy of all its fields.
public final class Item: Sendable, Identifiable {
    /// `kind/slug`: unique across the site.
    public let id: String
    public var kind: ContentKind { details.kind }
    public let slug: String
    /// Path relative to the site's root.
    public let file: String
    public let title: String
    public let summary: String
    public let themes: [Located<String>]
    public let topics: [Located<String>]
    public let draft: Bool
    /// Marks invented example content that editors should replace.
    public let example: Bool
    public let publishDate: DateValue?
    public let expiryDate: DateValue?
    /// The Markdown body and the file line it starts at.
    public var body: String { bodyStorage.withLock { $0 } }
    public let bodyFirstLine: Int
    /// Behind a lock so that a streamed build can let go of a body once it is
    /// rendered: the Markdown of 100,000 pages is a gigabyte.
    private let bodyStorage: Mutex<String>
    /// A hash of the front matter's text, to tell a body-only edit from one
    /// that changes lists, links and taxonomies. Stable within one process.
    public let frontMatterHash: Int
    public let details: ItemDetails
    /// The title folded for sorting: case and diacritics ignored, computed once.
    public let sortTitle: String

    public init(
        slug: String, file: String, title: String, summary: String, themes: [Located<String>],
        topics: [Located<String>], draft: Bool, example: Bool, publishDate: DateValue?, expiryDate: DateValue?,
        body: String, bodyFirstLine: Int, frontMatterHash: Int, details: ItemDetails
    ) {
        self.id = "\(details.kind.rawValue)/\(slug)"
        self.slug = slug
        self.file = file
        self.title = title
        self.summary = summary
        self.themes = themes
        self.topics = topics
        self.draft = draft
        self.example = example
        self.publishDate = publishDate
        self.expiryDate = expiryDate
        self.bodyStorage = Mutex(body)
        self.bodyFirstLine = bodyFirstLine
        self.frontMatterHash = frontMatterHash
        self.details = details
        self.sortTitle = Self.sortKey(title)
    }

    /// The title folded for sorting. Foundation's `folding` cost 0.6% of a
    /// 10,000-page build; for an ASCII title it only lowers the letters.
    static func sortKey(_ title: String) -> String {
        if title.utf8.allSatisfy({ $0 < 0x80 }) { return title.lowercased() }
        return title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Frees the Markdown body; only for builds that will not render it again.
    public func releaseBody() {
        bodyStorage.withLock { $0 = "" }
    }

    /// The date lists are sorted by: an event's start, an outcome's date, a
    /// Doetank's start, a case's date.
    public var sortDate: DateValue? {
        switch details {
        case .doetank(let d): d.started
        case .case(let c): c.date
        case .event(let e): e.start
        case .outcome(let o): o.date
        case .page: nil
        }
    }
}

/// The fields that belong to one type.
public enum ItemDetails: Sendable {
    case doetank(Doetank)
    case `case`(CaseStudy)
    case event(Event)
    case outcome(Outcome)
    case page(Page)

    public var kind: ContentKind {
        switch self {
        case .doetank: .doetank
        case .case: .case
        case .event: .event
        case .outcome: .outcome
        case .page: .page
        }
    }
}
