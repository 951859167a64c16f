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
    /// and a `Set` of slices retains and releases its buffer per word; both
    /// made this a fifth of a build's time. ASCII words are compared as
    /// lowercased ranges of one buffer; only the rare word with other
    /// characters goes through Unicode folding, once per spelling.
    public static func distinctWords(_ text: String, limit: Int = 2_000) -> String {
        var bytes = Array(text.utf8)
        let textEnd = bytes.count
        for index in 0..<textEnd where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] += 0x20 }
        var words = ByteWordSet()
        var spellings = ByteWordSet()
        var output: [UInt8] = []
        output.reserveCapacity(min(textEnd, 1 << 14))
        func keep(_ start: Int, _ end: Int) -> Bool {
            guard words.insert(bytes, start, end) else { return false }
            if !output.isEmpty { output.append(0x20) }
            output += bytes[start..<end]
            return words.count == limit
        }
        var start = -1
        var ascii = true
        for index in 0...textEnd {
            let byte: UInt8 = index < textEnd ? bytes[index] : 0x20
            if byte >= 0x80 || isASCIIAlphanumeric(byte) {
                if start < 0 { (start, ascii) = (index, true) }
                if byte >= 0x80 { ascii = false }
                continue
            }
            guard start >= 0 else { continue }
            defer { start = -1 }
            if ascii {
                if keep(start, index) { break }
            } else if spellings.insert(bytes, start, index) {
                // Folded words go after the text in the same buffer, so they compare alike.
                var done = false
                for word in foldedWords(Substring(String(decoding: bytes[start..<index], as: UTF8.self))) {
                    let wordStart = bytes.count
                    bytes += word.utf8
                    if keep(wordStart, bytes.count) {
                        done = true
                        break
                    }
                }
                if done { break }
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

/// A set of byte ranges of one buffer, compared by their contents: open
/// addressing over FNV-1a hashes, with no allocation or reference counting
/// per word.
private struct ByteWordSet {
    private var slots = [Int](repeating: -1, count: 512)
    private var ranges: [(start: Int, end: Int)] = []
    private var hashes: [Int] = []

    var count: Int { ranges.count }

    /// Adds the word `bytes[start..<end]`; false when an equal word is in the set.
    mutating func insert(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        if (ranges.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(bytes, start, end)
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 {
            let other = slots[slot]
            if hashes[other] == hash, equal(bytes, ranges[other], start, end) { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = ranges.count
        ranges.append((start, end))
        hashes.append(hash)
        return true
    }

    private func equal(_ bytes: [UInt8], _ range: (start: Int, end: Int), _ start: Int, _ end: Int) -> Bool {
        guard range.end - range.start == end - start else { return false }
        var (a, b) = (range.start, start)
        while b < end {
            if bytes[a] != bytes[b] { return false }
            a += 1
            b += 1
        }
        return true
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }

    private static func hash(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end {
            value ^= UInt64(bytes[index])
            value &*= 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: value >> 1)
    }
}
