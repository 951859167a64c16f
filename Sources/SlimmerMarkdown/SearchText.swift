/// Text for the search index, folded the way the search page's script folds
/// a query: lowercase, diacritics dropped, `ß` → `ss` and the like (the same
/// folding as slugs), so that "efficienter" finds "efficiënter".
public enum SearchText {
    /// `text` folded, with every run of characters that are not letters or
    /// digits turned into one space.
    public static func fold(_ text: String) -> String {
        var words: [String] = []
        forEachWord(text) { word, ascii in
            let raw = String(decoding: word, as: UTF8.self)
            words += ascii ? [raw] : foldedWords(raw)
        }
        return words.joined(separator: " ")
    }

    /// The distinct folded words of `text` in order of first appearance, at
    /// most `limit` of them: a body's vocabulary finds it as well as its full
    /// text does, at a third of the index's size.
    ///
    /// One pass over the bytes, hashing each word as it is scanned, into a set
    /// whose words live in the output itself: this ran over every body of a
    /// build, and Swift `String`s and `Set`s cost a fifth of the build's time
    /// here. Only the rare word with non-ASCII characters goes through Unicode
    /// folding, once per spelling.
    public static func distinctWords(_ text: String, limit: Int = 2_000) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count + WordSet.padding)
        bytes.append(contentsOf: text.utf8)
        return distinctWords(utf8: &bytes, limit: limit)
    }

    /// The same for valid UTF-8 `bytes`, which are lowercased in place (and
    /// padded): no string of the whole text is needed.
    static func distinctWords(utf8 bytes: inout [UInt8], limit: Int = 2_000) -> String {
        let count = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: WordSet.padding))
        // A body has about one distinct word per 10 bytes (a tenth of a Dutch corpus).
        var words = WordSet(capacity: min(limit, count / 10 + 16), limit: limit)
        var spellings = WordSet(capacity: 64)
        bytes.withUnsafeMutableBufferPointer { buffer in
            var position = 0
            while let range = words.insertWords(of: buffer, count: count, from: &position) {
                let word = UnsafeBufferPointer(rebasing: buffer[range])
                guard spellings.insert(word) else { continue }
                for folded in foldedWords(String(decoding: word, as: UTF8.self)) {
                    var folded = folded
                    _ = folded.withUTF8 { words.insert($0) }
                }
            }
        }
        return words.text
    }

    /// Calls `body` with each run of ASCII letters and digits and of non-ASCII
    /// bytes, lowercased when it is all ASCII, and whether it is. The
    /// separators a body mostly uses (spaces, punctuation) are ASCII.
    private static func forEachWord(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var bytes = Array(text.utf8)
        let count = bytes.count
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            while index < count {
                while index < count, byteKind[Int(base[index])] == 0 { index += 1 }
                guard index < count else { return }
                let start = index
                var ascii = true
                while index < count {
                    let byte = base[index]
                    let kind = byteKind[Int(byte)]
                    if kind == 0 { break }
                    if kind == 2 {
                        ascii = false
                    } else if byte &- 0x41 < 26 {
                        base[index] = byte | 0x20
                    }
                    index += 1
                }
                body(UnsafeBufferPointer(start: base + start, count: index - start), ascii)
            }
        }
    }

    /// 0 for a separator, 1 for an ASCII letter or digit, 2 for a byte of a
    /// non-ASCII character.
    private static let byteKind: [UInt8] = (0...255).map { byte in
        if byte >= 0x80 { return 2 }
        let isDigit = byte >= 0x30 && byte <= 0x39
        let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        return isDigit || isLetter ? 1 : 0
    }

    private static func foldedWords(_ raw: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in Slug.foldedScalars(raw) {
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
