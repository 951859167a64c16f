import SlimmerContent
import Testing

@testable import SlimmerRender

@Suite struct PaginationTests {
    @Test func splitsIntoPagesOfTheGivenSize() {
        let pages = Pagination.pages(count: 5, size: 2)
        #expect(pages.map(\.range) == [0..<2, 2..<4, 4..<5])
        #expect(pages.allSatisfy { $0.total == 3 })
    }

    @Test func anEmptyListStillHasOnePage() {
        let pages = Pagination.pages(count: 0, size: 10)
        #expect(pages.count == 1)
        #expect(pages[0].range.isEmpty)
    }
}

@Suite struct PaginationWindowTests {
    @Test func longListsLinkTheEndsAndThreePagesAroundTheCurrentOne() {
        let pages = Pagination.pages(count: 400 * 10, size: 10)
        #expect(pages[199].window == [1, 197, 198, 199, 200, 201, 202, 203, 400])
        #expect(pages[0].window == [1, 2, 3, 4, 400])
        #expect(Pagination.pages(count: 30, size: 10)[1].window == [1, 2, 3])
    }
}
