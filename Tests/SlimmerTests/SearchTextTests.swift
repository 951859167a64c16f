import SlimmerMarkdown
import Testing

@Suite struct SearchTextTests {
    @Test func distinctWordsKeepsNonLatinWordsAndFoldsEachSpellingOnce() {
        #expect(SearchText.distinctWords("Αθήνα en αθηνα, Café café CAFE") == "αθηνα en cafe")
        #expect(SearchText.distinctWords("Één, twee; één!") == "een twee")
        #expect(SearchText.distinctWords("werken–samen") == "werken samen")
        #expect(SearchText.distinctWords("") == "")
    }

    /// The hashed set against the plain definition: the folded text's words,
    /// first appearances only, at most `limit`. Texts of up to 30,000 words
    /// from a small vocabulary make the set grow and its hashes collide;
    /// ``SearchText/fold(_:)`` scans in Swift, the set's scan is C.
    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func distinctWordsAreTheFoldedTextsFirstAppearances(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let pieces = [
            "a", "B", "Zz", "één", "EEN", "een", "café", "Straße", "ĳs", "Αθήνα", "x\u{301}y", "7", "42b", "ÆRØ",
            "de", "De", "dE", "ß",
            // Long words that share their first eight bytes, which the set compares in one go.
            "samenwer", "samenwerk", "samenwerking", "Samenwerkingen", "samenwerkingsverband", "zeer_lang",
            // Sharing their first sixteen bytes (the C set's second comparison), and
            // longer than the scan's 64-byte window, with a non-ASCII letter past it.
            "samenwerkingsverbanden", "samenwerkingsverbond", String(repeating: "Ab", count: 40),
            String(repeating: "ab", count: 70), String(repeating: "x", count: 70) + "é",
        ]
        let separators = [" ", ", ", "–", "\n", "!", "'", "  ", "_"]
        let count = [0, 1, 50, 3_000, 30_000][Int(random.next() % 5)]
        var text = ""
        for _ in 0..<count {
            text += pieces[Int(random.next() % UInt64(pieces.count))]
            if random.next() % 4 == 0 { text += String(random.next() % 20_000) }
            text += separators[Int(random.next() % UInt64(separators.count))]
        }
        for limit in [1, 3, 2_000, 100_000] {
            var seen = Set<String>()
            var expected: [String] = []
            for word in SearchText.fold(text).split(separator: " ") where expected.count < limit {
                if seen.insert(String(word)).inserted { expected.append(String(word)) }
            }
            #expect(SearchText.distinctWords(text, limit: limit) == expected.joined(separator: " "))
        }
    }
}
