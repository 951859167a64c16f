import SlimmerContent
import SlimmerTemplates

extension ViewContext {
    func home() -> View {
        var view: View = ["intro": .string(bodies.home.html), "themes": .list(termCounts(.theme))]
        view.merge(list("upcomingEvents", Array(graph.upcomingEvents.prefix(3))))
        view.merge(list("activeDoetanks", Array(graph.activeDoetanks.prefix(6))))
        view.merge(list("latestOutcomes", Array(graph.items(of: .outcome).prefix(3))))
        return page(path: "", title: config.title, description: config.description, kind: "home", view)
    }

    /// The index of one section, page `pagination.number`.
    func section(_ key: Section.Key, kind: ContentKind, _ pagination: Pagination) -> View {
        let path = permalinks.path(section: key)
        let items = graph.items(of: kind)
        let label = config.section(key).label
        return page(
            path: permalinks.path(page: pagination.number, of: path), title: label,
            description: translations["intro" + kind.capitalised + "Plural"], kind: "section",
            [
                "section": sectionView(key, kind: kind), "items": .list(cards(Array(items[pagination.range]))),
                "pagination": pagination.view(path: path, permalinks: permalinks),
            ])
    }

    /// The events index: all upcoming events, and the past ones paginated.
    func events(_ pagination: Pagination) -> View {
        let path = permalinks.path(section: .event)
        let past = graph.pastEvents
        let upcoming = pagination.number == 1 ? graph.upcomingEvents : []
        return page(
            path: permalinks.path(page: pagination.number, of: path), title: config.section(.event).label,
            description: translations["introEventPlural"], kind: "events",
            [
                "section": sectionView(.event, kind: .event), "upcoming": .list(cards(upcoming)),
                "hasUpcoming": .bool(!upcoming.isEmpty), "past": .list(cards(Array(past[pagination.range]))),
                "hasPast": .bool(!past.isEmpty), "pagination": pagination.view(path: path, permalinks: permalinks),
            ])
    }

    /// One theme's or topic's page: its items grouped by kind.
    func term(_ slug: String, in key: Section.Key, items: [Item], _ pagination: Pagination) -> View {
        let path = permalinks.path(term: slug, in: key)
        let declared = (key == .theme ? config.themes : config.topics).first { $0.slug == slug }
        var term = self.term(slug, in: key) ?? [:]
        term["taxonomyLabel"] = .string(config.section(key).label)
        term["kindLabel"] = .string(translations[key == .theme ? "taxonomyTheme" : "taxonomyTopic"])
        term["taxonomyURL"] = .string(permalinks.url(permalinks.path(section: key)))
        let slice = Array(items[pagination.range])
        let groups = ContentKind.allCases.compactMap { kind -> TemplateValue? in
            let members = slice.filter { $0.kind == kind }
            guard !members.isEmpty else { return nil }
            return [
                "label": .string(translations["kind" + kind.capitalised + "Plural"]), "kind": .string(kind.rawValue),
                "items": .list(cards(members)),
            ]
        }
        return page(
            path: permalinks.path(page: pagination.number, of: path), title: declared?.label ?? slug,
            description: declared?.description ?? "", kind: "term",
            [
                "term": .object(term), "groups": .list(groups), "hasItems": .bool(!items.isEmpty),
                "pagination": pagination.view(path: path, permalinks: permalinks),
            ])
    }

    /// All themes or all topics, with counts.
    func terms(_ key: Section.Key) -> View {
        let section = config.section(key)
        let intro = translations[key == .theme ? "introThemes" : "introTopics"]
        return page(
            path: permalinks.path(section: key), title: section.label, description: intro, kind: "terms",
            [
                "taxonomy": [
                    "label": .string(section.label), "url": .string(permalinks.url(permalinks.path(section: key))),
                    "intro": .string(intro),
                ],
                "terms": .list(termCounts(key)),
            ])
    }

    /// The search page: for now the theme and topic indexes, which work without JavaScript.
    func search() -> View {
        let section = config.section(.search)
        return page(
            path: permalinks.path(section: .search), title: section.label,
            description: translations["searchBrowseIntro"],
            kind: "search", ["themes": .list(termCounts(.theme)), "topics": .list(termCounts(.topic))])
    }

    func notFound() -> View {
        page(path: "404.html", title: translations["notFoundTitle"], description: "", kind: "404", [:])
    }

    /// Every declared term with the number of published items filed under it.
    func termCounts(_ key: Section.Key) -> [TemplateValue] {
        let declared = key == .theme ? config.themes : config.topics
        let index = key == .theme ? graph.themeIndex : graph.topicIndex
        return declared.compactMap { declaredTerm in
            guard var view = term(declaredTerm.slug, in: key) else { return nil }
            view["count"] = .int(index[declaredTerm.slug]?.count ?? 0)
            return .object(view)
        }
    }

    private func sectionView(_ key: Section.Key, kind: ContentKind) -> TemplateValue {
        [
            "label": .string(config.section(key).label), "url": .string(permalinks.url(permalinks.path(section: key))),
            "intro": .string(translations["intro" + kind.capitalised + "Plural"]),
        ]
    }
}
