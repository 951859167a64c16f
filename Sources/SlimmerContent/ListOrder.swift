/// The order of items in lists: newest first, then by title; Doetanks and
/// pages alphabetically. Ties are broken by slug so that order never depends
/// on the order files were read in.
public enum ListOrder {
    /// `items` in list order. Each item's key is read once: reading the date
    /// out of the item's details in every comparison took most of the link
    /// step at 100,000 items.
    public static func sorted(_ items: [Item]) -> [Item] {
        let keys = items.map(Key.init)
        return items.indices.sorted { keys[$0].precedes(keys[$1]) }.map { items[$0] }
    }

    private struct Key {
        let kind: ContentKind
        let date: DateValue?
        let title: String
        let slug: String

        init(_ item: Item) {
            kind = item.kind
            date = item.kind == .doetank || item.kind == .page ? nil : item.sortDate
            title = item.sortTitle
            slug = item.slug
        }

        func precedes(_ other: Key) -> Bool {
            if kind != other.kind { return kind < other.kind }
            if let date, let otherDate = other.date, date != otherDate { return date > otherDate }
            if title != other.title { return title < other.title }
            return slug < other.slug
        }
    }
}
