import SlimmerTemplates
import Testing

/// Behaviour beyond the spec files: swift-mustache's sequence functions,
/// partial and parent names with slashes, values, and the library.
@Suite struct RenderingTests {
    static func render(
        _ source: String, _ context: TemplateValue, partials: [String: String] = [:]
    ) throws -> String {
        var library = TemplateLibrary()
        for (name, text) in partials { try library.register(text, named: name) }
        try library.register(source, named: "page")
        return library.render("page", context) ?? "<no template>"
    }

    @Test func firstLastAndIndexDescribeTheInnermostList() throws {
        let context: TemplateValue = ["rows": [["cells": ["a", "b"]], ["cells": ["c"]]]]
        let source =
            "{{#rows}}{{#first()}}[{{/first()}}{{index()}}:{{#cells}}{{.}}{{index()}}{{^last()}},{{/last()}}"
            + "{{/cells}}{{#last()}}]{{/last()}}{{^last()}} {{/last()}}{{/rows}}"
        #expect(try Self.render(source, context) == "[0:a0,b1 1:c0]")
    }

    @Test func sequenceFunctionsAreFalseOutsideAList() throws {
        #expect(try Self.render("{{#first()}}x{{/first()}}{{^first()}}y{{/first()}}|{{index()}}|", [:]) == "y||")
        // As in swift-mustache: true sections keep the list position; pushing
        // an object or entering a partial leaves it.
        let context: TemplateValue = ["list": [["o": ["k": 1]], ["o": ["k": 2]]], "yes": true]
        #expect(try Self.render("{{#list}}{{#yes}}{{index()}}{{/yes}}{{/list}}", context) == "01")
        #expect(try Self.render("{{#list}}{{#o}}[{{index()}}]{{/o}}{{/list}}", context) == "[][]")
        #expect(try Self.render("{{#list}}{{>p}}{{/list}}", context, partials: ["p": "[{{index()}}]"]) == "[][]")
    }

    @Test func partialAndParentNamesMayContainSlashes() throws {
        let partials = [
            "partials/card": "<b>{{title}}</b>", "layouts/base": "<main>{{$main}}default{{/main}}</main>",
        ]
        let source = "{{<layouts/base}}{{$main}}{{#items}}{{>partials/card}}{{/items}}{{/main}}{{/layouts/base}}"
        let context: TemplateValue = ["items": [["title": "A"], ["title": "B"]]]
        #expect(try Self.render(source, context, partials: partials) == "<main><b>A</b><b>B</b></main>")
    }

    @Test func nullStopsTheClimbButAMissingKeyClimbs() throws {
        let context: TemplateValue = ["role": "TOP", "members": [["name": "a", "role": nil], ["name": "b"]]]
        let source = "{{#members}}[{{name}}:{{role}}|{{^role}}none{{/role}}]{{/members}}"
        #expect(try Self.render(source, context) == "[a:|none][b:TOP|]")
    }

    @Test func valuesAsText() throws {
        let context: TemplateValue = ["s": "<a href='x'>&\"</a>", "n": 0, "e": "", "t": true, "l": [1], "o": ["k": 1]]
        #expect(try Self.render("{{s}}", context) == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
        #expect(try Self.render("{{{s}}}|{{&s}}", context) == "<a href='x'>&\"</a>|<a href='x'>&\"</a>")
        #expect(try Self.render("{{n}}{{t}}[{{e}}][{{l}}][{{o}}]", context) == "0true[][][]")
        // 0 and "" are true; so a section over them renders once, with the value on top.
        #expect(try Self.render("{{#n}}({{.}}){{/n}}{{#e}}({{.}}){{/e}}", context) == "(0)()")
    }

    @Test func delimitersChangedInsideASectionLastAfterIt() throws {
        #expect(try Self.render("{{#t}}{{=<% %>=}}<%/t%><%x%>", ["t": true, "x": "X"]) == "X")
    }

    @Test func aPartialThatIncludesItselfStops() throws {
        let html = try Self.render("{{>loop}}", [:], partials: ["loop": "x{{>loop}}"])
        #expect(html.count == 64)
    }

    @Test func aBlockThatExpandsItselfStops() throws {
        let html = try Self.render("{{<p}}{{$a}}x{{$a}}y{{/a}}{{/a}}{{/p}}", [:], partials: ["p": "{{$a}}d{{/a}}"])
        #expect(html == String(repeating: "x", count: 63))
    }

    @Test func libraryLooksUpTemplatesByName() throws {
        var library = TemplateLibrary()
        #expect(library.render("missing", [:]) == nil)
        try library.register("Hello {{>name}}!", named: "greeting")
        #expect(library.render("greeting", [:]) == "Hello !")
        library.register(try Template("{{who}}"), named: "name")
        #expect(library.render("greeting", ["who": "world"]) == "Hello world!")
        #expect(library.template(named: "greeting")?.render(["who": "x"]) == "Hello !")
        #expect(library.template(named: "greeting")?.render(["who": "x"], partials: library) == "Hello x!")
    }

    @Test func namesWithPrefixListEveryReadingTag() throws {
        let template = try Template(
            "{{t.a}}\n  {{#t.b}}{{{t.c}}}{{/t.b}}{{^t.d}}{{/t.d}}{{&t.e}}{{x}}{{>t.partial}}{{! t.no }}")
        let names = template.names(withPrefix: "t.")
        #expect(names.map(\.name) == ["t.a", "t.b", "t.c", "t.d", "t.e"])
        #expect(names.map(\.line) == [1, 2, 2, 2, 2])
        #expect(names.map(\.column) == [1, 3, 11, 28, 44])
    }
}
