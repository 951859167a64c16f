import SlimmerContent
import SlimmerRender

/// What a changed file affects, from the least to the most work.
public enum ChangeKind: Int, Sendable, Comparable {
    /// Nothing the site is built from (archetypes, docs, editor files).
    case none
    /// A file copied as is.
    case staticFile
    /// A content file: its body, or its front matter and every list it is in.
    case content
    /// site.yml, a template or a translation table: everything.
    case everything

    public static func < (lhs: ChangeKind, rhs: ChangeKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The kind of a path relative to the site's root; `""` means "rescan everything".
    public init(path: String, theme: String) {
        let themeRoot = "themes/\(theme)/"
        if path.isEmpty || path == SiteConfig.fileName || path.hasPrefix("templates/") || path.hasPrefix("data/") {
            self = .everything
        } else if path.hasPrefix(ContentLoader.contentFolder + "/") {
            self = .content
        } else if path.hasPrefix("static/") || path.hasPrefix(themeRoot + "static/") {
            // A stylesheet or script has its hash in its name, which every page refers to.
            self = Fingerprint.applies(to: path) ? .everything : .staticFile
        } else if path.hasPrefix(themeRoot + "templates/") || path.hasPrefix(themeRoot + "i18n/") {
            self = .everything
        } else {
            self = .none
        }
    }
}
