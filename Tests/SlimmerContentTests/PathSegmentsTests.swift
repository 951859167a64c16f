import Testing

@testable import SlimmerContent

/// A path's segments, each with what it is, as the file reads, page writes
/// and link resolution that rely on them need.
@Suite struct PathSegmentsTests {
    func segments(_ path: String) -> [String] {
        PathSegments(path).map { "\(path[$0.range]):\($0.kind)" }
    }

    @Test func segmentsAreNamedByWhatTheyAre() {
        #expect(segments("content/cases/x.md") == ["content:name", "cases:name", "x.md:name"])
        #expect(segments("../a/./b") == ["..:parent", "a:name", ".:current", "b:name"])
        #expect(segments("/a//b/") == [":empty", "a:name", ":empty", "b:name", ":empty"])
        #expect(segments("...//.a/..b") == ["...:name", ":empty", ".a:name", "..b:name"])
        #expect(segments("") == [":empty"])
    }
}
