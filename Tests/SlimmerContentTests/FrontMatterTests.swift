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

    @Test func reportsMissingDelimiters() {
        #expect(FrontMatter.split("title: A\n") == .failure(.missingOpening))
        #expect(FrontMatter.split("\n---\ntitle: A\n") == .failure(.missingClosing(openingLine: 2)))
    }
}
