import SlimmerTemplates
import Testing

/// Partials rendered once per object (``PartialCache``): kept only when the
/// object alone decides the output, and pasted in only where they would
/// render the same.
@Suite struct PartialCacheTests {
    static func library(card: String, page: String) throws -> TemplateLibrary {
        var library = TemplateLibrary()
        try library.register(card, named: "card")
        try library.register(page, named: "page")
        return library
    }

    @Test func aRenderingAloneIsKeptOnlyWhenTheObjectHoldsEveryName() throws {
        let library = try Self.library(card: "<b>{{title}}</b>{{#note}}({{note}}){{/note}}", page: "")
        #expect(library.renderAlone("card", ["title": "A", "note": .null]) == "<b>A</b>")
        #expect(library.renderAlone("card", ["title": "A", "note": "n"]) == "<b>A</b>(n)")
        // Without `note`, a page's own `note` would show through: not the same everywhere.
        #expect(library.renderAlone("card", ["title": "A"]) == nil)
        #expect(library.renderAlone("missing", ["title": "A"]) == nil)
    }

    @Test func aBlockInThePartialIsNeverKept() throws {
        let library = try Self.library(card: "{{$extra}}x{{/extra}}{{title}}", page: "")
        #expect(library.renderAlone("card", ["title": "A"]) == nil)
    }

    @Test func aPageUsesTheKeptRenderingForTheSameObjectOnly() throws {
        let library = try Self.library(
            card: "<b>{{title}}</b>", page: "{{#items}}<li>{{>card}}</li>{{/items}}|{{#other}}{{>card}}{{/other}}")
        let kept: TemplateValue = ["title": "A"]
        // A rendering that differs from the template's shows which path was taken.
        let cache = PartialCache(partial: "card", values: [kept], renderings: ["<i>kept</i>"])
        #expect(cache.count == 1)
        let context: TemplateValue = ["items": .list([kept]), "other": ["title": "A"]]
        #expect(library.render("page", context, cache: cache) == "<li><i>kept</i></li>|<b>A</b>")
        #expect(library.render("page", context) == "<li><b>A</b></li>|<b>A</b>")
    }

    @Test func anIndentedPartialIsRenderedAfresh() throws {
        let library = try Self.library(
            card: "<b>\n{{title}}</b>\n", page: "{{#items}}\n  {{>card}}\n{{/items}}{{#items}}{{>card}}{{/items}}")
        let kept: TemplateValue = ["title": "A"]
        let cache = PartialCache(partial: "card", values: [kept], renderings: ["<i>kept</i>\n"])
        // The standalone tag indents every line of the partial; the kept rendering has no indentation.
        #expect(library.render("page", ["items": .list([kept])], cache: cache) == "  <b>\n  A</b>\n<i>kept</i>\n")
    }

    @Test func emptyObjectsAndMissingRenderingsAreNotKept() {
        let cache = PartialCache(
            partial: "card", values: [[:], ["title": "A"], "text"], renderings: ["empty", nil, "text"])
        #expect(cache.count == 0)
    }
}
