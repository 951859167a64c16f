/// The types of content, one folder each under `content/`.
public enum ContentKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case doetank
    case `case`
    case event
    case outcome
    case page

    /// The folder under `content/`.
    public var folder: String {
        switch self {
        case .doetank: "doetanks"
        case .case: "cases"
        case .event: "events"
        case .outcome: "outcomes"
        case .page: "pages"
        }
    }

    /// The kind whose folder is `folder`.
    public init?(folder: String) {
        guard let kind = Self.allCases.first(where: { $0.folder == folder }) else { return nil }
        self = kind
    }

    public static func < (lhs: ContentKind, rhs: ContentKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
