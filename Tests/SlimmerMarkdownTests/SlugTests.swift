import Testing

@testable import SlimmerMarkdown

@Suite("Slug")
struct SlugTests {
    @Test(
        "folds diacritics, drops apostrophes and joins words with one dash",
        arguments: [
            ("Efficiënter werken", "efficienter-werken"),
            ("Efficiënter werken!", "efficienter-werken"),
            ("Thema's & onderwerpen", "themas-onderwerpen"),
            ("Thema’s", "themas"),
            ("Één café, twee crème brûlées", "een-cafe-twee-creme-brulees"),
            ("Ĳsselmeer en ĳs", "ijsselmeer-en-ijs"),
            ("Straße Ærø", "strasse-aero"),
            ("İstanbul", "istanbul"),
            ("  --Hallo   Wereld--  ", "hallo-wereld"),
            ("Stap 2: 10% sneller", "stap-2-10-sneller"),
        ]
    )
    func makesSlug(_ text: String, _ expected: String) {
        #expect(Slug.make(text) == expected)
    }

    @Test("leaves nothing when there are no Latin letters or digits")
    func emptyForNonLatin() {
        #expect(Slug.make("日本語") == "")
        #expect(Slug.make("!!! ???") == "")
        #expect(Slug.make("") == "")
    }

    @Test(
        "only ever holds [a-z0-9] separated by single dashes",
        arguments: [
            "A--B", "ÅÄÖ åäö", "x\u{0301}\u{0301}y", "a’b’c", "Ǆemal", "ﬁnish", "  ", "😀 Smile 😀",
        ]
    )
    func wellFormed(_ text: String) {
        let slug = Slug.make(text)
        let allowed = slug.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        #expect(allowed, "\(slug)")
        #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"), "\(slug)")
    }

    /// The Latin table against the full rules on whole texts: folding scalar
    /// by scalar must give what lowercasing and NFD give for the text.
    @Test("Latin text folds by table exactly as by the full Unicode rules")
    func latinTableEqualsUnicodeRules() {
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let latin = (0..<0x250).compactMap(Unicode.Scalar.init)
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(next() % 12) { text.append(latin[Int(next() % UInt64(latin.count))]) }
            let string = String(text)
            #expect(Slug.foldedScalars(string) == Slug.unicodeFoldedScalars(string), "\(string.debugDescription)")
        }
        #expect(Slug.foldedScalars("Straße İJ Œuvre") == Slug.unicodeFoldedScalars("Straße İJ Œuvre"))
        #expect(Slug.make("Ĳsselmeer Çà") == "ijsselmeer-ca")
    }
}
