import Foundation

/// The settings in `site.yml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var tagline: String
    public var description: String
    /// Always ends in `/`.
    public var baseURL: String {
        didSet { urlParts = BaseURLParts(baseURL) }
    }
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
    /// `baseURL` parsed whenever it is set: every URL of every page asks for
    /// its path. Parsing it each time, even through a locked cache, showed in profiles.
    private var urlParts: BaseURLParts

    public init(
        title: String, tagline: String, description: String, baseURL: String, language: String, timeZone: TimeZone,
        theme: String, pageSize: Int, unsafeHTML: Bool, sections: [Section.Key: Section], themes: [Term],
        topics: [Term], menu: [MenuEntry], partners: [Partner]
    ) {
        self.title = title
        self.tagline = tagline
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.timeZone = timeZone
        self.theme = theme
        self.pageSize = pageSize
        self.unsafeHTML = unsafeHTML
        self.sections = sections
        self.themes = themes
        self.topics = topics
        self.menu = menu
        self.partners = partners
        urlParts = BaseURLParts(baseURL)
    }

    /// The section for `key`.
    public func section(_ key: Section.Key) -> Section {
        sections[key] ?? key.fallback
    }

    /// The path part of the base URL (`/` or `/portal/`), prefixed to every link.
    public var basePath: String { urlParts.path }

    /// The base URL without its path: `https://example.org`.
    public var origin: String { urlParts.origin }
}

/// The parts of a base URL.
struct BaseURLParts: Sendable {
    let path: String
    let origin: String

    init(_ baseURL: String) {
        var components = URLComponents(string: baseURL)
        let raw = components?.path ?? ""
        path = raw.isEmpty ? "/" : (raw.hasSuffix("/") ? raw : raw + "/")
        components?.path = ""
        components?.query = nil
        components?.fragment = nil
        origin = components?.string ?? ""
    }
}
