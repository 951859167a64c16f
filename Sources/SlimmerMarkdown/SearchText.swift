/// Text for the search index, folded the way the search page's script folds
/// a query: lowercase, diacritics dropped, `ß` → `ss` and the like (the same
/// folding as slugs), so that "efficienter" finds "efficiënter".
public enum SearchText {
    /// `text` folded, with every run of characters that are not letters or
    /// digits turned into one space.
    public static func fold(_ text: String) -> String {
        rawWords(text).flatMap(foldedWords).joined(separator: " ")
    }

    /// The distinct folded words of `text` in order of first appearance, at
    /// most `limit` of them: a body's vocabulary finds it as well as its full
    /// text does, at a third of the index's size.
    public static func distinctWords(_ text: String, limit: Int = 2_000) -> String {
        var seenRaw: Set<Substring> = []
        var seen: Set<String> = []
        var kept: [String] = []
        // A word written the same way folds the same way: fold each spelling once.
        for raw in rawWords(text) where seenRaw.insert(raw).inserted {
            for word in foldedWords(raw) where seen.insert(word).inserted {
                kept.append(word)
                if kept.count == limit { return kept.joined(separator: " ") }
            }
        }
        return kept.joined(separator: " ")
    }

    /// Runs of ASCII letters and digits and of non-ASCII characters: the
    /// separators a body mostly uses (spaces, punctuation) are ASCII, and
    /// Unicode folding is only needed for the rare word that is not.
    private static func rawWords(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let inWord = byte >= 0x80 || isASCIIAlphanumeric(byte)
            if inWord, start == nil { start = index }
            if !inWord, let wordStart = start {
                words.append(text[wordStart..<index])
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let start { words.append(text[start..<text.endIndex]) }
        return words
    }

    private static func foldedWords(_ raw: Substring) -> [String] {
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            return [String(decoding: raw.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)]
        }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in Slug.foldedScalars(String(raw)) {
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

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
