/// The order of items in lists: newest first, then by title; Doetanks and
/// pages alphabetically. Ties are broken by slug so that order never depends
/// on the order files were read in.
public enum ListOrder {
    public static func precedes(_ a: Item, _ b: Item) -> Bool {
        if a.kind != b.kind { return a.kind < b.kind }
        if a.kind != .doetank && a.kind != .page, let da = a.sortDate, let db = b.sortDate, da != db {
            return da > db
        }
        if a.sortTitle != b.sortTitle { return a.sortTitle < b.sortTitle }
        return a.slug < b.slug
    }
}
