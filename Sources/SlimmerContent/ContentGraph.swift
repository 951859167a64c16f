import Foundation

/// The link step's result: the published items with their references
/// resolved in both directions, their taxonomies, and events split into
/// upcoming and past. Every list is sorted once here, so that rendering ten
/// thousand pages never sorts again.
public struct ContentGraph: Sendable {
    public let config: SiteConfig
    public let permalinks: Permalinks
    /// The moment that decides what is published and which events are past.
    public let now: Date
    /// Published items, in a stable order: by kind, then slug.
    public let items: [Item]
    /// Published items by id (`kind/slug`).
    public let byID: [String: Item]
    /// Item ids by source file, for rewriting links between content files.
    public let byFile: [String: String]
    /// Items that refer to an item, by the referred item's id, in list order:
    /// resolved once here, as item pages ask for them several times each.
    private let backlinks: [String: [Item]]
    /// Item ids per theme slug and per topic slug, in list order.
    public let themeIndex: [String: [String]]
    public let topicIndex: [String: [String]]
    public let homeBody: String
    public let homeBodyFirstLine: Int
    /// Published items per kind, in list order.
    private let byKind: [ContentKind: [Item]]
    /// Upcoming events, soonest first.
    public let upcomingEvents: [Item]
    /// Past events, latest first.
    public let pastEvents: [Item]
    /// Plain pages with a `menu:` position, in that order.
    public let menuPages: [Item]
    /// Published items per theme and per topic slug, in list order.
    let themeItems: [String: [Item]]
    let topicItems: [String: [Item]]

    public init(
        config: SiteConfig, now: Date, items: [Item], references: (Item) -> [(ContentKind, Located<String>)],
        homeBody: String, homeBodyFirstLine: Int
    ) {
        self.config = config
        self.permalinks = Permalinks(config: config)
        self.now = now
        self.items = items
        var byID: [String: Item] = [:]
        byID.reserveCapacity(items.count)
        for item in items where byID[item.id] == nil { byID[item.id] = item }
        self.byID = byID
        self.byFile = Dictionary(items.map { ($0.file, $0.id) }, uniquingKeysWith: { first, _ in first })
        self.homeBody = homeBody
        self.homeBodyFirstLine = homeBodyFirstLine
        let ordered = ListOrder.sorted(items)
        self.byKind = Dictionary(grouping: ordered, by: \.kind)
        var backlinks: [String: [Item]] = [:]
        backlinks.reserveCapacity(items.count)
        var themes: [String: [String]] = [:]
        var topics: [String: [String]] = [:]
        for item in ordered {
            let referred = references(item)
            if !referred.isEmpty {
                // The item its id names (the first of any that share it), as looking the id up later would.
                let referrer = byID[item.id] ?? item
                for (kind, reference) in referred {
                    backlinks["\(kind.rawValue)/\(reference.value)", default: []].append(referrer)
                }
            }
            for theme in Self.distinctSorted(item.themes) { themes[theme, default: []].append(item.id) }
            for topic in Self.distinctSorted(item.topics) { topics[topic, default: []].append(item.id) }
        }
        self.backlinks = backlinks
        self.themeIndex = themes
        self.topicIndex = topics
        self.themeItems = themes.mapValues { $0.compactMap { byID[$0] } }
        self.topicItems = topics.mapValues { $0.compactMap { byID[$0] } }
        let events = byKind[.event] ?? []
        let isPast = { (item: Item) -> Bool in
            guard case .event(let event) = item.details else { return false }
            return (event.end ?? event.start).instant < now
        }
        self.pastEvents = events.filter(isPast)
        self.upcomingEvents = events.filter { !isPast($0) }.sorted { ($0.sortDate!, $0.slug) < ($1.sortDate!, $1.slug) }
        let menu = (byKind[.page] ?? []).compactMap { item -> (Int, Item)? in
            guard case .page(let page) = item.details, let position = page.menu else { return nil }
            return (position, item)
        }
        self.menuPages = menu.sorted { ($0.0, $0.1.slug) < ($1.0, $1.1.slug) }.map(\.1)
    }

    /// Each slug once, in order: as `Set(...).sorted()`, without a set per item.
    private static func distinctSorted(_ slugs: [Located<String>]) -> [String] {
        var result: [String] = []
        for slug in slugs.map(\.value).sorted() where result.last != slug { result.append(slug) }
        return result
    }

    /// Published items of one kind, in list order.
    public func items(of kind: ContentKind) -> [Item] {
        byKind[kind] ?? []
    }

    /// The item a published reference names, if it is published.
    public func item(kind: ContentKind, slug: String) -> Item? {
        byID["\(kind.rawValue)/\(slug)"]
    }

    /// Items of `kind` that refer to `item`, in list order.
    public func backlinks(to item: Item, of kind: ContentKind) -> [Item] {
        (backlinks[item.id] ?? []).filter { $0.kind == kind }
    }

    /// True when an event has ended (or, without an end, started) before now.
    public func isPast(_ event: Event) -> Bool {
        (event.end ?? event.start).instant < now
    }
}
