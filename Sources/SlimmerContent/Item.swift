/// One content file, read and checked: the fields every type shares, and the
/// type's own fields in `details`.
public struct Item: Sendable, Identifiable {
    /// `kind/slug`: unique across the site.
    public var id: String { "\(kind.rawValue)/\(slug)" }
    public var kind: ContentKind { details.kind }
    public var slug: String
    /// Path relative to the site's root.
    public var file: String
    public var title: String
    public var summary: String
    public var themes: [Located<String>]
    public var topics: [Located<String>]
    public var draft: Bool
    /// Marks invented example content that editors should replace.
    public var example: Bool
    public var publishDate: DateValue?
    public var expiryDate: DateValue?
    /// The Markdown body and the file line it starts at.
    public var body: String
    public var bodyFirstLine: Int
    /// A hash of the front matter's text, to tell a body-only edit from one
    /// that changes lists, links and taxonomies. Stable within one process.
    public var frontMatterHash: Int
    public var details: ItemDetails

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
