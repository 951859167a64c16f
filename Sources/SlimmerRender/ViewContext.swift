import Foundation
import SlimmerContent
import SlimmerMarkdown
import SlimmerTemplates

/// Builds the values templates receive (see the theme's README for the
/// contract). Values are plain dictionaries and arrays, which swift-mustache
/// reads without reflection.
struct ViewContext: Sendable {
    let graph: ContentGraph
    let bodies: RenderedBodies
    let translations: Translations
    /// The values that are the same on every page, converted once rather than per page.
    private var shared: [String: TemplateValue] = [:]
    /// Every theme and topic as cards show it, by `key/slug`.
    private(set) var termCache: [String: TemplateValue] = [:]

    init(graph: ContentGraph, bodies: RenderedBodies, translations: Translations, assets: [String: String] = [:]) {
        self.graph = graph
        self.bodies = bodies
        self.translations = translations
        let config = graph.config
        for key in [Section.Key.theme, .topic] {
            for slug in (key == .theme ? config.themes : config.topics).map(\.slug) {
                termCache["\(key.rawValue)/\(slug)"] = term(slug, in: key).map(TemplateValue.init(converting:))
            }
        }
        self.shared = [
            "site": TemplateValue(converting: [
                "title": config.title, "tagline": config.tagline, "description": config.description,
                "baseURL": config.baseURL, "language": config.language,
                "partners": config.partners.map { partner -> [String: Any] in
                    partner.url.map { ["name": partner.name, "url": $0] } ?? ["name": partner.name]
                },
            ]),
            "t": TemplateValue(converting: translations.strings),
            "pagesMenu": TemplateValue(converting: pagesMenu),
            "sections": TemplateValue(converting: sections),
            "assets": TemplateValue(converting: [
                "css": permalinks.url(assets["css/style.css"] ?? "css/style.css"),
                "searchScript": permalinks.url(assets["js/search.js"] ?? "js/search.js"),
            ]),
            "root": .string(config.basePath),
            "agendaURL": .string(permalinks.url(Permalinks.agendaPath)),
            "feedURL": .string(permalinks.url(FeedSpec.sitePath)),
        ]
    }

    var config: SiteConfig { graph.config }
    var permalinks: Permalinks { graph.permalinks }

    /// The keys every page gets, for the page at output path `path`.
    func base(path: String, title: String, description: String, kind: String) -> [String: Any] {
        let url = permalinks.url(path)
        let pageTitle = path.isEmpty ? config.title : "\(title) | \(config.title)"
        var values: [String: Any] = shared
        values["menu"] = menu(current: url)
        values["page"] = [
            "title": title, "documentTitle": pageTitle,
            "description": description.isEmpty ? config.description : description,
            "url": url, "canonical": permalinks.absoluteURL(path), "kind": kind,
        ]
        return values
    }

    private func menu(current url: String) -> [[String: Any]] {
        config.menu.map { entry in
            let target = entry.url.hasPrefix("/") ? config.basePath + entry.url.dropFirst() : entry.url
            let isCurrent = target != config.basePath && url.hasPrefix(target)
            return ["label": entry.label, "url": target, "current": isCurrent]
        }
    }

    /// Plain pages with a `menu:` position, in that order, for the footer.
    private var pagesMenu: [[String: Any]] {
        graph.menuPages.map { ["label": $0.title, "url": url(of: $0)] }
    }

    private var sections: [String: Any] {
        let names: [(String, Section.Key)] = [
            ("doetanks", .doetank), ("cases", .case), ("events", .event), ("outcomes", .outcome),
            ("themes", .theme), ("topics", .topic), ("search", .search),
        ]
        var result: [String: Any] = [:]
        for (name, key) in names {
            result[name] = ["label": config.section(key).label, "url": permalinks.url(permalinks.path(section: key))]
        }
        return result
    }

    /// `base` merged with the page's own keys.
    func page(
        path: String, title: String, description: String, kind: String, _ extra: [String: Any]
    ) -> [String: Any] {
        base(path: path, title: title, description: description, kind: kind).merging(extra) { _, new in new }
    }
}
