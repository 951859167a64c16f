import Testing

@testable import SlimmerContent

@Suite struct SuggestionTests {
    @Test func suggestsTheClosestCandidateForTypos() {
        #expect(Suggestion.closest(to: "titel", in: ["title", "summary"]) == "title")
        #expect(Suggestion.closest(to: "slimer-werken", in: ["slimmer-werken", "publieke-waarde"]) == "slimmer-werken")
        #expect(Suggestion.closest(to: "Summary", in: ["title", "summary"]) == "summary")
    }

    @Test func staysSilentWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "xyz", in: ["title", "summary"]) == nil)
        #expect(Suggestion.closest(to: "a", in: []) == nil)
    }

    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("financiën", "financien") == 1)
    }
}

@Suite struct TranspositionTests {
    @Test func swappedNeighboursCountAsOneEdit() {
        #expect(Suggestion.editDistance("titel", "title") == 1)
    }
}
