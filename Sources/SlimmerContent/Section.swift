/// A part of the site with its own URL path and label, set in `site.yml` so
/// that another network can reuse the generator with its own words.
public struct Section: Sendable, Hashable {
    /// The sections a site has.
    public enum Key: String, Sendable, Hashable, CaseIterable {
        case doetank
        case `case`
        case event
        case outcome
        case theme
        case topic
        case search

        /// The path and label used when `site.yml` says nothing.
        var fallback: Section {
            switch self {
            case .doetank: Section(path: "doetanks", label: "Doetanks")
            case .case: Section(path: "casussen", label: "Casussen")
            case .event: Section(path: "bijeenkomsten", label: "Bijeenkomsten")
            case .outcome: Section(path: "opbrengsten", label: "Opbrengsten")
            case .theme: Section(path: "themas", label: "Thema's")
            case .topic: Section(path: "onderwerpen", label: "Onderwerpen")
            case .search: Section(path: "zoeken", label: "Zoeken")
            }
        }

        /// The section of a content kind; nil for plain pages, which live at the root.
        public init?(_ kind: ContentKind) {
            switch kind {
            case .doetank: self = .doetank
            case .case: self = .case
            case .event: self = .event
            case .outcome: self = .outcome
            case .page: return nil
            }
        }
    }

    /// URL path segment, without slashes.
    public var path: String
    public var label: String

    public init(path: String, label: String) {
        self.path = path
        self.label = label
    }
}
