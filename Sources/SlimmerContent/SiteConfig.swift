import Foundation

/// The settings in `site.yml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var tagline: String
    public var description: String
    /// Always ends in `/`.
    public var baseURL: String
    public var language: String
    public var timeZone: TimeZone
    public var theme: String
    public var pageSize: Int
    public var unsafeHTML: Bool
    public var sections: [Section.Key: Section]
    public var themes: [Term]
    public var topics: [Term]
    public var menu: [MenuEntry]
    public var partners: [Partner]

    /// The section for `key`.
    public func section(_ key: Section.Key) -> Section {
        sections[key] ?? key.fallback
    }

    /// The path part of the base URL (`/` or `/portal/`), prefixed to every link.
    public var basePath: String {
        guard let components = URLComponents(string: baseURL), !components.path.isEmpty else { return "/" }
        return components.path.hasSuffix("/") ? components.path : components.path + "/"
    }

    /// The base URL without its path: `https://example.org`.
    public var origin: String {
        guard var components = URLComponents(string: baseURL) else { return "" }
        components.path = ""
        components.query = nil
        components.fragment = nil
        return components.string ?? ""
    }
}
