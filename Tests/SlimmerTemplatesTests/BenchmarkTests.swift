import SlimmerTemplates
import Testing

/// Renders a 60-line page (about 100 lookups, a 10-item list, a parent and a
/// partial) 10,000 times and prints the time per page. Prints only: timing
/// depends on the machine and the build configuration, so nothing is asserted
/// about it.
@Suite struct BenchmarkTests {
    @Test func renderPageTenThousandTimes() throws {
        var library = TemplateLibrary()
        try library.register(BenchmarkFixture.base, named: "base")
        try library.register(BenchmarkFixture.page, named: "page")
        try library.register(BenchmarkFixture.card, named: "card")
        let lines = [BenchmarkFixture.base, BenchmarkFixture.page].map {
            $0.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        }
        #expect(lines.reduce(0, +) == 60)
        let lookups = try [BenchmarkFixture.base, BenchmarkFixture.page, BenchmarkFixture.card].map {
            try Template($0).names(withPrefix: "").count
        }
        print(
            "benchmark template: \(lines.reduce(0, +)) lines, \(lookups.reduce(0, +)) name tags (card: \(lookups[2]))")
        let context = BenchmarkFixture.context
        let first = try #require(library.render("page", context))
        #expect(first.contains("<li><a href=\"/items/9/\" class=\"card card--case card--example\">"))
        let pages = 10_000
        var bytes = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<pages { bytes += library.render("page", context)?.utf8.count ?? 0 }
        }
        #expect(bytes == first.utf8.count * pages)
        let microseconds = Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6
        print("benchmark: \(pages) pages of \(first.utf8.count) bytes, \(microseconds / Double(pages)) µs/page")
    }
}
