import Foundation

/// The link step's result: the published items with their references
/// resolved in both directions, their taxonomies, and events split into
/// upcoming and past.
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
    /// Items that refer to an item, by the referred item's id.
    public let backlinks: [String: [String]]
    /// Item ids per theme slug and per topic slug.
    public let themeIndex: [String: [String]]
    public let topicIndex: [String: [String]]
    public let homeBody: String
    public let homeBodyFirstLine: Int

    /// Published items of one kind, in list order.
    public func items(of kind: ContentKind) -> [Item] {
        items.filter { $0.kind == kind }.sorted(by: ListOrder.precedes)
    }

    /// The item a published reference names, if it is published.
    public func item(kind: ContentKind, slug: String) -> Item? {
        byID["\(kind.rawValue)/\(slug)"]
    }

    /// Items of `kind` that refer to `item`, in list order.
    public func backlinks(to item: Item, of kind: ContentKind) -> [Item] {
        (backlinks[item.id] ?? []).compactMap { byID[$0] }.filter { $0.kind == kind }.sorted(by: ListOrder.precedes)
    }

    /// True when an event has ended (or, without an end, started) before now.
    public func isPast(_ event: Event) -> Bool {
        (event.end ?? event.start).instant < now
    }

    /// Upcoming events, soonest first.
    public var upcomingEvents: [Item] {
        items(of: .event).filter { if case .event(let e) = $0.details { !isPast(e) } else { false } }
            .sorted { ($0.sortDate!, $0.slug) < ($1.sortDate!, $1.slug) }
    }

    /// Past events, latest first.
    public var pastEvents: [Item] {
        items(of: .event).filter { if case .event(let e) = $0.details { isPast(e) } else { false } }
    }
}
