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
    ///
    /// Works on bytes: Swift hashes a `String` through Unicode normalisation,
    /// which made this a quarter of a build's time. ASCII words are compared
    /// as lowercased byte slices of one buffer; only the rare word with other
    /// characters goes through Unicode folding.
    public static func distinctWords(_ text: String, limit: Int = 2_000) -> String {
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] += 0x20 }
        var seen: Set<ArraySlice<UInt8>> = []
        var foldedSpellings: Set<ArraySlice<UInt8>> = []
        var output: [UInt8] = []
        var count = 0
        func keep(_ word: ArraySlice<UInt8>) -> Bool {
            guard seen.insert(word).inserted else { return false }
            if count > 0 { output.append(0x20) }
            output += word
            count += 1
            return count == limit
        }
        var start: Int?
        var ascii = true
        for index in 0...bytes.count {
            let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
            if byte >= 0x80 || isASCIIAlphanumeric(byte) {
                if start == nil { (start, ascii) = (index, true) }
                if byte >= 0x80 { ascii = false }
                continue
            }
            guard let wordStart = start else { continue }
            start = nil
            let word = bytes[wordStart..<index]
            if ascii {
                if keep(word) { break }
            } else if foldedSpellings.insert(word).inserted {
                // Each spelling is folded once.
                let raw = String(decoding: word, as: UTF8.self)
                if foldedWords(Substring(raw)).contains(where: { keep(ArraySlice($0.utf8)) }) { break }
            }
        }
        return String(decoding: output, as: UTF8.self)
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
