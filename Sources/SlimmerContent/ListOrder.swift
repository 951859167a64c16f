import Foundation

/// The order of items in lists: newest first, then by title; Doetanks and
/// pages alphabetically. Ties are broken by slug so that order never depends
/// on the order files were read in.
public enum ListOrder {
    /// `items` in list order. Each item's key is read once (reading the date
    /// out of the item's details in every comparison took most of the link
    /// step at 100,000 items) and compared in place (copying two keys and
    /// their strings per comparison showed in the link step, on one core).
    public static func sorted(_ items: [Item]) -> [Item] {
        let keys = items.map(Key.init)
        let order = keys.withUnsafeBufferPointer { keys in items.indices.sorted { keys[$0].precedes(keys[$1]) } }
        return order.map { items[$0] }
    }

    private struct Key {
        let kind: ContentKind
        /// The sort date's instant and whether it has a time: two dates of
        /// one site differ exactly when these do.
        let instant: Date?
        let hasTime: Bool
        let title: String
        let slug: String

        init(_ item: Item) {
            kind = item.kind
            let date = item.kind == .doetank || item.kind == .page ? nil : item.sortDate
            instant = date?.instant
            hasTime = date?.hasTime ?? false
            title = item.sortTitle
            slug = item.slug
        }

        func precedes(_ other: Key) -> Bool {
            if kind != other.kind { return kind < other.kind }
            if let instant, let otherInstant = other.instant, instant != otherInstant || hasTime != other.hasTime {
                return instant > otherInstant
            }
            if title != other.title { return title < other.title }
            return slug < other.slug
        }
    }
}
