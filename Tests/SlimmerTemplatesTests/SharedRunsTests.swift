import Testing

@testable import SlimmerTemplates

/// Runs of nodes that read only the values every page shares
/// (``SharedRuns``): rendered once, and pasted in only where a page's
/// context holds those very values.
@Suite struct SharedRunsTests {
    static let shared: TemplateObject = [
        "site": ["title": "Slimmer"], "t": ["home": "Home"], "partners": [["name": "a"], ["name": "b"]], "root": "/",
    ]

    static func library() throws -> TemplateLibrary {
        var library = TemplateLibrary()
        try library.register(
            """
            <h1>{{page.title}}</h1>{{$main}}{{/main}}
            <footer>{{site.title}} · {{t.home}}{{#partners}}<i>{{name}}</i>{{/partners}}{{>logo}}</footer>
            {{#flag}}{{t.home}}{{/flag}}{{#flag}}{{.}}{{/flag}}
            """, named: "base")
        try library.register(
            "{{<base}}{{$main}}<a href=\"{{root}}\">{{t.home}}</a>{{page.x}}{{/main}}{{/base}}", named: "item")
        try library.register("<svg>{{site.title}}</svg>", named: "logo")
        try library.register("{{#items}}{{>logo}}{{/items}}", named: "list")
        return library
    }

    static func page(_ fields: TemplateObject) -> TemplateValue {
        .object(shared.merging(fields))
    }

    @Test func runsAreRenderedOnceAndPastedWherePagesHoldTheSameValues() throws {
        let library = try Self.library()
        let runs = SharedRuns(library: library, shared: Self.shared)
        let template = try #require(library.template(named: "base"))
        let base = try #require(runs.plan(for: template.nodes))
        let footer = try #require(base.segments.first { $0.html?.contains("<footer>") == true })
        #expect(footer.html == "\n<footer>Slimmer · Home<i>a</i><i>b</i><svg>Slimmer</svg></footer>\n")
        #expect(footer.reads.map(\.key.text) == ["partners", "site", "t"])
        #expect(footer.holds(Self.page(["page": ["title": "P"]])))
        // The same content in other storage is not taken for the same value.
        #expect(!footer.holds(Self.page(["site": ["title": "Slimmer"]])))
        #expect(!footer.holds(.object(["page": ["title": "P"]])))
        for fields: TemplateObject in [["page": ["title": "P"], "flag": true], ["site": ["title": "Anders"]]] {
            for name in ["base", "item"] {
                let page = Self.page(fields)
                #expect(library.render(name, page, runs: runs) == library.render(name, page))
            }
        }
        #expect(
            library.render("item", Self.page(["site": ["title": "Anders"]]), runs: runs)?.contains("Anders") == true)
    }

    @Test func namesRelativeToTheStackBlocksAndPageNamesAreNotShared() throws {
        let library = try Self.library()
        let runs = SharedRuns(library: library, shared: Self.shared)
        let template = try #require(library.template(named: "base"))
        let base = try #require(runs.plan(for: template.nodes))
        // `{{page.title}}` (node 1) and the block (node 3) render on every
        // page; text alone (nodes 0 and 2) is pasted in as it is anyway.
        #expect(base.segments.filter { $0.html == nil }.map(\.range) == [0..<1, 1..<2, 2..<3, 3..<4, 11..<12, 12..<13])
        // In a `true` section nothing is pushed: `{{t.home}}` is shared there,
        // but `{{.}}` would read the page's own context.
        let bodies = template.nodes.suffix(2).compactMap { node -> [Node]? in
            if case .section(_, let body) = node { return body }
            return nil
        }
        #expect(bodies.map { runs.plan(for: $0)?.segments.map(\.html) } == [["Home"], [nil]])
        // The footer and "Home" in base; the link in item's block; the logo;
        // and the logo inside list's section (used only where nothing is pushed).
        #expect(runs.count == 5)
    }

    @Test func aRunInsideAListRendersAsUsualWhereTheItemsHaveTheirOwnValues() throws {
        let library = try Self.library()
        let runs = SharedRuns(library: library, shared: Self.shared)
        let page = Self.page(["items": [["site": ["title": "Eigen"]], [:]]])
        #expect(library.render("list", page, runs: runs) == "<svg>Eigen</svg><svg>Slimmer</svg>")
    }
}
