import SlimmerMarkdown
import Testing

@Suite struct SearchTextTests {
    @Test func distinctWordsKeepsNonLatinWordsAndFoldsEachSpellingOnce() {
        #expect(SearchText.distinctWords("Αθήνα en αθηνα, Café café CAFE") == "αθηνα en cafe")
        #expect(SearchText.distinctWords("Één, twee; één!") == "een twee")
        #expect(SearchText.distinctWords("werken–samen") == "werken samen")
        #expect(SearchText.distinctWords("") == "")
    }
}
