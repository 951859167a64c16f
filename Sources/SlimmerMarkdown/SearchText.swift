/// Text for the search index, folded the way the search page's script folds
/// a query: lowercase, diacritics dropped, `ß` → `ss` and the like (the same
/// folding as slugs), so that "efficienter" finds "efficiënter".
public enum SearchText {
    /// `text` folded, with every run of characters that are not letters or
    /// digits turned into one space.
    public static func fold(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The distinct folded words of `text` in order of first appearance, at
    /// most `limit` of them: a body's vocabulary finds it as well as its full
    /// text does, at a third of the index's size.
    public static func distinctWords(_ text: String, limit: Int = 2_000) -> String {
        var seen: Set<String> = []
        var kept: [String] = []
        for word in words(text) where seen.insert(word).inserted {
            kept.append(word)
            if kept.count == limit { break }
        }
        return kept.joined(separator: " ")
    }

    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in Slug.foldedScalars(text) {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
