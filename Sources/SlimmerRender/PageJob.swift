import SlimmerContent

/// One page to render. Plain data, so that jobs can be handed to any core and
/// each builds its own template context there.
public enum PageJob: Sendable, Hashable {
    case home
    case item(String)
    case section(Section.Key, ContentKind, Pagination)
    case events(Pagination)
    case term(Section.Key, String, Pagination)
    case terms(Section.Key)
    case search
    case notFound

    /// The name under which the build summary counts this page.
    public var summaryKind: String {
        switch self {
        case .home: "home"
        case .item(let id): String(id.prefix { $0 != "/" })
        case .section, .events: "section index"
        case .term(let key, _, _): key.rawValue
        case .terms: "term overview"
        case .search: "search"
        case .notFound: "404"
        }
    }

    /// Pages per summary kind.
    public static func counts(_ jobs: [PageJob]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for job in jobs { counts[job.summaryKind, default: 0] += 1 }
        return counts
    }
}
