import Testing

@testable import SlimmerContent

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyWithLineNumbers() throws {
        let split = try FrontMatter.split("---\ntitle: A\nsummary: B\n---\nBody\n").get()
        #expect(split.yaml == "title: A\nsummary: B")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "Body\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let split = try FrontMatter.split("\u{FEFF}---\r\ntitle: A\r\n---\r\nBody").get()
        #expect(split.yaml == "title: A")
        #expect(split.body == "Body")
    }

    @Test func onlyTheLineEndBeforeTheClosingLineIsDropped() throws {
        let split = try FrontMatter.split("---\r\ntitle: A\r\n\r\n---\r\nBody\r\n\r\n").get()
        #expect(split.yaml == "title: A\n")
        #expect(split.body == "Body\n\n")
        let empty = try FrontMatter.split("---\n---\n").get()
        #expect(empty.yaml == "")
        #expect(empty.body == "")
    }

    @Test func reportsMissingDelimiters() {
        #expect(FrontMatter.split("title: A\n") == .failure(.missingOpening))
        #expect(FrontMatter.split("\n---\ntitle: A\n") == .failure(.missingClosing(openingLine: 2)))
    }
}

@Suite struct LineEndTests {
    @Test func unusualLineEndsAreFoundAndOthersAreNot() {
        for text in ["a\rb", "a\r\nb", "x\u{85}", "\u{2028}y", "z\u{2029}", "’\u{2029}"] {
            #expect(ContentLoader.hasUnusualLineEnds(text), "\(text.debugDescription)")
        }
        // Curly quotes (E2 80 99), é (C3 A9) and a no-break space (C2 A0) share lead bytes with them.
        for text in ["", "a\nb", "’s", "café", "a\u{A0}b", "€ 5", "\u{2027}"] {
            #expect(!ContentLoader.hasUnusualLineEnds(text), "\(text.debugDescription)")
        }
        #expect(ContentLoader.unifyingLineEnds("a\r\nb\rc\u{2028}d") == "a\nb\nc\nd")
    }
}
