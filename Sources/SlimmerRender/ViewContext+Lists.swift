import SlimmerContent

extension ViewContext {
    func home() -> [String: Any] {
        var view: [String: Any] = ["intro": bodies.home.html, "themes": termCounts(.theme)]
        view.merge(list("upcomingEvents", Array(graph.upcomingEvents.prefix(3)))) { _, new in new }
        view.merge(list("activeDoetanks", Array(graph.activeDoetanks.prefix(6)))) { _, new in new }
        view.merge(list("latestOutcomes", Array(graph.items(of: .outcome).prefix(3)))) { _, new in new }
        return page(path: "", title: config.title, description: config.description, kind: "home", view)
    }

    /// The index of one section, page `pagination.number`.
    func section(_ key: Section.Key, kind: ContentKind, _ pagination: Pagination) -> [String: Any] {
        let path = permalinks.path(section: key)
        let items = graph.items(of: kind)
        let label = config.section(key).label
        return page(
            path: permalinks.path(page: pagination.number, of: path), title: label,
            description: translations["intro" + kind.capitalised + "Plural"], kind: "section",
            [
                "section": sectionView(key, kind: kind), "items": cards(Array(items[pagination.range])),
                "pagination": pagination.view(path: path, permalinks: permalinks),
            ])
    }

    /// The events index: all upcoming events, and the past ones paginated.
    func events(_ pagination: Pagination) -> [String: Any] {
        let path = permalinks.path(section: .event)
        let past = graph.pastEvents
        let upcoming = pagination.number == 1 ? graph.upcomingEvents : []
        return page(
            path: permalinks.path(page: pagination.number, of: path), title: config.section(.event).label,
            description: translations["introEventPlural"], kind: "events",
            [
                "section": sectionView(.event, kind: .event), "upcoming": cards(upcoming),
                "hasUpcoming": !upcoming.isEmpty, "past": cards(Array(past[pagination.range])),
                "hasPast": !past.isEmpty, "pagination": pagination.view(path: path, permalinks: permalinks),
            ])
    }

    /// One theme's or topic's page: its items grouped by kind.
    func term(_ slug: String, in key: Section.Key, items: [Item], _ pagination: Pagination) -> [String: Any] {
        let path = permalinks.path(term: slug, in: key)
        var term = self.term(slug, in: key) ?? [:]
        term["taxonomyLabel"] = config.section(key).label
        term["kindLabel"] = translations[key == .theme ? "taxonomyTheme" : "taxonomyTopic"]
        term["taxonomyURL"] = permalinks.url(permalinks.path(section: key))
        let slice = Array(items[pagination.range])
        let groups = ContentKind.allCases.compactMap { kind -> [String: Any]? in
            let members = slice.filter { $0.kind == kind }
            guard !members.isEmpty else { return nil }
            return [
                "label": translations["kind" + kind.capitalised + "Plural"], "kind": kind.rawValue,
                "items": cards(members),
            ]
        }
        return page(
            path: permalinks.path(page: pagination.number, of: path), title: term["label"] as? String ?? slug,
            description: term["description"] as? String ?? "", kind: "term",
            [
                "term": term, "groups": groups, "hasItems": !items.isEmpty,
                "pagination": pagination.view(path: path, permalinks: permalinks),
            ])
    }

    /// All themes or all topics, with counts.
    func terms(_ key: Section.Key) -> [String: Any] {
        let section = config.section(key)
        let intro = translations[key == .theme ? "introThemes" : "introTopics"]
        return page(
            path: permalinks.path(section: key), title: section.label, description: intro, kind: "terms",
            [
                "taxonomy": [
                    "label": section.label, "url": permalinks.url(permalinks.path(section: key)), "intro": intro,
                ],
                "terms": termCounts(key),
            ])
    }

    /// The search page: for now the theme and topic indexes, which work without JavaScript.
    func search() -> [String: Any] {
        let section = config.section(.search)
        return page(
            path: permalinks.path(section: .search), title: section.label,
            description: translations["searchBrowseIntro"],
            kind: "search", ["themes": termCounts(.theme), "topics": termCounts(.topic)])
    }

    func notFound() -> [String: Any] {
        page(path: "404.html", title: translations["notFoundTitle"], description: "", kind: "404", [:])
    }

    /// Every declared term with the number of published items filed under it.
    func termCounts(_ key: Section.Key) -> [[String: Any]] {
        let declared = key == .theme ? config.themes : config.topics
        let index = key == .theme ? graph.themeIndex : graph.topicIndex
        return declared.compactMap { declaredTerm in
            guard var view = term(declaredTerm.slug, in: key) else { return nil }
            view["count"] = index[declaredTerm.slug]?.count ?? 0
            return view
        }
    }

    private func sectionView(_ key: Section.Key, kind: ContentKind) -> [String: Any] {
        [
            "label": config.section(key).label, "url": permalinks.url(permalinks.path(section: key)),
            "intro": translations["intro" + kind.capitalised + "Plural"],
        ]
    }
}
