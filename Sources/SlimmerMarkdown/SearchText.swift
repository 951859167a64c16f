import CSearchWords

/// Text for the search index, folded the way the search page's script folds
/// a query: lowercase, diacritics dropped, `ß` → `ss` and the like (the same
/// folding as slugs), so that "efficienter" finds "efficiënter".
public enum SearchText {
    /// `text` folded, with every run of characters that are not letters or
    /// digits turned into one space.
    public static func fold(_ text: String) -> String {
        var words: [String] = []
        var bytes = Array(text.utf8)
        forEachWord(&bytes) { word, ascii, _ in
            let raw = String(decoding: word, as: UTF8.self)
            words += ascii ? [raw] : foldedWords(raw)
            return true
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
        bytes.reserveCapacity(text.utf8.count + 8)
        bytes.append(contentsOf: text.utf8)
        return distinctWords(utf8: &bytes, limit: limit)
    }

    /// The zero bytes ``distinctWords(utf8:limit:)`` adds, for the scan's 64-byte loads.
    static let padding = 64

    /// The same for valid UTF-8 `bytes`, which are lowercased in place (and
    /// padded): no string of the whole text is needed.
    ///
    /// The scan and the set are C (`CSearchWords`): sixteen bytes classified
    /// at once and a word hashed eight bytes at a time. In Swift, one byte at a
    /// time, they were a tenth of a build, as much as cmark's own parsing.
    static func distinctWords(utf8 bytes: inout [UInt8], limit: Int = 2_000) -> String {
        let count = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: padding))
        // A body has about one distinct word per 10 bytes (a tenth of a Dutch corpus).
        guard let words = slimmer_word_set_create(min(limit, count / 10 + 16), limit) else {
            fatalError("out of memory")
        }
        defer { slimmer_word_set_destroy(words) }
        var spellings = WordSet(capacity: 64, separated: false)
        bytes.withUnsafeMutableBufferPointer { buffer in
            var position = 0
            var start = 0
            var end = 0
            while slimmer_words_scan(words, buffer.baseAddress, count, &position, &start, &end) != 0 {
                let word = UnsafeBufferPointer(rebasing: buffer[start..<end])
                guard spellings.insert(word, hash: WordSet.hash(word)) else { continue }
                for folded in foldedWords(String(decoding: word, as: UTF8.self)) {
                    var folded = folded
                    folded.withUTF8 { _ = slimmer_word_set_insert(words, $0.baseAddress, $0.count) }
                }
            }
        }
        var length = 0
        let text = slimmer_word_set_text(words, &length)
        return String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self)
    }

    /// Calls `body` with each run of ASCII letters and digits and of non-ASCII
    /// bytes, lowercased when it is all ASCII, with whether it is and its
    /// ``WordSet/hash(_:)``; stops when `body` returns false. The separators a
    /// body mostly uses (spaces, punctuation) are ASCII.
    @inline(__always)
    private static func forEachWord(
        _ bytes: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>, Bool, UInt64) -> Bool
    ) {
        let count = bytes.count
        // Eight spare bytes, so that a word's first eight load in one go (``WordSet/paddedPrefix(_:)``).
        bytes.append(contentsOf: repeatElement(0, count: 8))
        bytes.withUnsafeMutableBufferPointer { buffer in
            byteKind.withUnsafeBufferPointer { kinds in
                guard let base = buffer.baseAddress else { return }
                var index = 0
                // A run of separators, then a word with its hash in a register: one
                // loop over both kept the hash in memory, a load and store per byte.
                while index < count {
                    while index < count, kinds[Int(base[index])] == 0 { index += 1 }
                    guard index < count else { return }
                    let start = index
                    var ascii = true
                    var hash = WordSet.seed
                    while index < count {
                        var byte = base[index]
                        let kind = kinds[Int(byte)]
                        if kind == 0 { break }
                        if kind == 2 {
                            ascii = false
                        } else if byte &- 0x41 < 26 {
                            byte |= 0x20
                            base[index] = byte
                        }
                        hash = (hash ^ UInt64(byte)) &* WordSet.prime
                        index += 1
                    }
                    if !body(UnsafeBufferPointer(start: base + start, count: index - start), ascii, hash) { return }
                }
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
