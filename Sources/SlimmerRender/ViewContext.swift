import Foundation
import SlimmerContent
import SlimmerMarkdown
import SlimmerTemplates

/// The values of one template object, by key.
typealias View = TemplateObject

/// Builds the values templates receive (see the theme's README for the
/// contract). They are built as typed ``TemplateValue``s: converting
/// `[String: Any]` dictionaries with dynamic casts cost about a tenth of a
/// build.
struct ViewContext: Sendable {
    let graph: ContentGraph
    let bodies: RenderedBodies
    let translations: Translations
    /// The values that are the same on every page, converted once rather than per page.
    private(set) var shared: View = [:]
    /// Every theme and topic as cards show it, by `key/slug`.
    private(set) var termCache: [String: TemplateValue] = [:]
    /// Cards built before, when the whole site is rendered.
    let cardTable: CardTable?

    init(
        graph: ContentGraph, bodies: RenderedBodies, translations: Translations, assets: [String: String] = [:],
        cards: CardTable? = nil
    ) {
        self.graph = graph
        self.bodies = bodies
        self.translations = translations
        self.cardTable = cards
        let config = graph.config
        for key in [Section.Key.theme, .topic] {
            for slug in (key == .theme ? config.themes : config.topics).map(\.slug) {
                termCache["\(key.rawValue)/\(slug)"] = term(slug, in: key).map(TemplateValue.object)
            }
        }
        // The same values (the same storage) as the cards' and the shared runs'.
        if let cards {
            self.shared = cards.shared
            return
        }
        self.shared = [
            "site": [
                "title": .string(config.title), "tagline": .string(config.tagline),
                "description": .string(config.description), "baseURL": .string(config.baseURL),
                "language": .string(config.language),
                "partners": .list(
                    config.partners.map { partner in
                        var view: View = ["name": .string(partner.name)]
                        view["url"] = partner.url.map(TemplateValue.string)
                        return .object(view)
                    }),
            ],
            "t": .object(TemplateObject(translations.strings.mapValues(TemplateValue.string))),
            "pagesMenu": .list(pagesMenu),
            "sections": .object(sections),
            "assets": [
                "css": .string(permalinks.url(assets["css/style.css"] ?? "css/style.css")),
                "searchScript": .string(permalinks.url(assets["js/search.js"] ?? "js/search.js")),
            ],
            "root": .string(config.basePath),
            "agendaURL": .string(permalinks.url(Permalinks.agendaPath)),
            "feedURL": .string(permalinks.url(FeedSpec.sitePath)),
        ]
    }

    var config: SiteConfig { graph.config }
    var permalinks: Permalinks { graph.permalinks }

    /// The keys every page gets, for the page at output path `path`.
    func base(path: String, title: String, description: String, kind: String) -> View {
        let url = permalinks.url(path)
        let pageTitle = path.isEmpty ? config.title : "\(title) | \(config.title)"
        var values = shared
        values["menu"] = .list(menu(current: url))
        values["page"] = [
            "title": .string(title), "documentTitle": .string(pageTitle),
            "description": .string(description.isEmpty ? config.description : description),
            "url": .string(url), "canonical": .string(permalinks.absoluteURL(path)), "kind": .string(kind),
        ]
        return values
    }

    private func menu(current url: String) -> [TemplateValue] {
        config.menu.map { entry in
            let target = entry.url.hasPrefix("/") ? config.basePath + entry.url.dropFirst() : entry.url
            let isCurrent = target != config.basePath && url.hasPrefix(target)
            return ["label": .string(entry.label), "url": .string(target), "current": .bool(isCurrent)]
        }
    }

    /// Plain pages with a `menu:` position, in that order, for the footer.
    private var pagesMenu: [TemplateValue] {
        graph.menuPages.map { ["label": .string($0.title), "url": .string(url(of: $0))] }
    }

    private var sections: View {
        let names: [(String, Section.Key)] = [
            ("doetanks", .doetank), ("cases", .case), ("events", .event), ("outcomes", .outcome),
            ("themes", .theme), ("topics", .topic), ("search", .search),
        ]
        var result: View = [:]
        for (name, key) in names {
            result[name] = [
                "label": .string(config.section(key).label),
                "url": .string(permalinks.url(permalinks.path(section: key))),
            ]
        }
        return result
    }

    /// `base` merged with the page's own keys.
    func page(path: String, title: String, description: String, kind: String, _ extra: View) -> View {
        base(path: path, title: title, description: description, kind: kind).merging(extra)
    }
}
