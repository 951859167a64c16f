/// Text for the search index, folded the way the search page's script folds
/// a query: lowercase, diacritics dropped, `ß` → `ss` and the like (the same
/// folding as slugs), so that "efficienter" finds "efficiënter".
public enum SearchText {
    /// `text` folded, with every run of characters that are not letters or
    /// digits turned into one space.
    public static func fold(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return wordRanges(bytes).flatMap { range, _ in
            foldedWords(Substring(String(decoding: bytes[range], as: UTF8.self)))
        }
        .joined(separator: " ")
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
        bytes.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices where buffer[index] >= 0x41 && buffer[index] <= 0x5A { buffer[index] += 0x20 }
        }
        // First the words' ranges; a non-ASCII word's folded forms go after the
        // text, in the same buffer, so that every candidate is a range of it.
        var candidates: [Range<Int>] = []
        var spellings = ByteWordSet()
        let textEnd = bytes.count
        for (range, ascii) in wordRanges(bytes) {
            if ascii {
                candidates.append(range)
            } else if bytes.withUnsafeBufferPointer({ spellings.insert($0, range) }) {
                for word in foldedWords(Substring(String(decoding: bytes[range], as: UTF8.self))) {
                    let start = bytes.count
                    bytes += word.utf8
                    candidates.append(start..<bytes.count)
                }
            }
        }
        var words = ByteWordSet()
        var output: [UInt8] = []
        output.reserveCapacity(min(textEnd, 1 << 14))
        bytes.withUnsafeBufferPointer { buffer in
            for range in candidates where words.insert(buffer, range) {
                if !output.isEmpty { output.append(0x20) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[range]))
                if words.count == limit { break }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Runs of ASCII letters and digits and of non-ASCII bytes, and whether
    /// each is all ASCII: the separators a body mostly uses (spaces,
    /// punctuation) are ASCII, and Unicode folding is only needed for the rare
    /// word that is not.
    private static func wordRanges(_ bytes: [UInt8]) -> [(Range<Int>, Bool)] {
        var ranges: [(Range<Int>, Bool)] = []
        bytes.withUnsafeBufferPointer { buffer in
            var start = -1
            var ascii = true
            for index in 0...buffer.count {
                let byte: UInt8 = index < buffer.count ? buffer[index] : 0x20
                if byte >= 0x80 || isASCIIAlphanumeric(byte) {
                    if start < 0 { (start, ascii) = (index, true) }
                    if byte >= 0x80 { ascii = false }
                } else if start >= 0 {
                    ranges.append((start..<index, ascii))
                    start = -1
                }
            }
        }
        return ranges
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
    private var ranges: [Range<Int>] = []
    private var hashes: [Int] = []

    var count: Int { ranges.count }

    /// Adds the word `buffer[range]`; false when an equal word is in the set.
    mutating func insert(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if (ranges.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(buffer, range)
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 {
            let other = slots[slot]
            if hashes[other] == hash, buffer[ranges[other]].elementsEqual(buffer[range]) { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = ranges.count
        ranges.append(range)
        hashes.append(hash)
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

    private static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            value ^= UInt64(buffer[index])
            value &*= 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: value >> 1)
    }
}
