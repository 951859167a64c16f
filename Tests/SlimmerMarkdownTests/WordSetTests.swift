import Testing

@testable import SlimmerMarkdown

@Suite struct WordSetTests {
    @Test func setKeepsFirstAppearancesInOrder() {
        var set = WordSet(capacity: 2)
        for word in ["de", "kat", "de", "samenwerkingsverband", "kat", "samenwerkingsverbanden"] {
            _ = Array(word.utf8).withUnsafeBufferPointer { set.insert($0) }
        }
        #expect(set.text == "de kat samenwerkingsverband samenwerkingsverbanden")
        #expect(set.count == 4)
    }
}
