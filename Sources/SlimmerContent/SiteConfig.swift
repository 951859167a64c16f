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
    /// Parsed once per change of `baseURL`: every URL of every page asks.
    public var basePath: String { BaseURLParts(baseURL).path }

    /// The base URL without its path: `https://example.org`.
    public var origin: String { BaseURLParts(baseURL).origin }
}

/// The parts of a base URL, parsed once per distinct URL and remembered.
struct BaseURLParts {
    let path: String
    let origin: String

    private static let cache = BaseURLCache()

    init(_ baseURL: String) {
        if let known = Self.cache.parts(for: baseURL) {
            self = known
            return
        }
        var components = URLComponents(string: baseURL)
        let raw = components?.path ?? ""
        path = raw.isEmpty ? "/" : (raw.hasSuffix("/") ? raw : raw + "/")
        components?.path = ""
        components?.query = nil
        components?.fragment = nil
        origin = components?.string ?? ""
        Self.cache.store(self, for: baseURL)
    }

    fileprivate init(path: String, origin: String) {
        self.path = path
        self.origin = origin
    }
}

private final class BaseURLCache: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [String: (String, String)] = [:]

    func parts(for url: String) -> BaseURLParts? {
        lock.lock()
        defer { lock.unlock() }
        return table[url].map { BaseURLParts(path: $0.0, origin: $0.1) }
    }

    func store(_ parts: BaseURLParts, for url: String) {
        lock.lock()
        table[url] = (parts.path, parts.origin)
        lock.unlock()
    }
}
