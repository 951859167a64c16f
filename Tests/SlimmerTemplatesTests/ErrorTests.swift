import SlimmerTemplates
import Testing

/// Templates that do not parse give the line and column of the offending tag
/// (its opening delimiter) and say what is wrong in plain words.
@Suite struct ErrorTests {
    static func error(_ source: String) -> TemplateError? {
        do {
            _ = try Template(source)
            return nil
        } catch {
            return error
        }
    }

    @Test func unclosedSectionPointsAtItsOpeningTag() {
        let error = Self.error("<ul>\n  {{#items}}\n  <li>{{name}}</li>\n</ul>\n")
        #expect(error == TemplateError(line: 2, column: 3, message: "the section {{#items}} is never closed"))
        #expect(error?.description == "line 2, column 3: the section {{#items}} is never closed")
    }

    @Test func unclosedInvertedSectionAndParent() {
        #expect(Self.error("a {{^empty}}x")?.message == "the section {{^empty}} is never closed")
        let parent = Self.error("{{<base}}\n{{$main}}x{{/main}}\n")
        #expect(parent == TemplateError(line: 1, column: 1, message: "the parent {{<base}} is never closed"))
        #expect(Self.error("{{$block}}x")?.message == "the block {{$block}} is never closed")
    }

    @Test func mismatchedClosingTagPointsAtTheClosingTag() {
        let error = Self.error("{{#a}}\n  {{#b}}x{{/a}}\n{{/b}}")
        #expect(
            error
                == TemplateError(line: 2, column: 10, message: "the closing tag {{/a}} does not match {{#b}} on line 2")
        )
    }

    @Test func closingTagWithoutOpeningTag() {
        #expect(
            Self.error("x\nab{{/a}}")
                == TemplateError(line: 2, column: 3, message: "the closing tag {{/a}} has no opening tag"))
    }

    @Test func unclosedTag() {
        #expect(
            Self.error("<p>\n<p>{{name</p>\n")
                == TemplateError(line: 2, column: 4, message: "the tag {{name</p> is never closed with }}"))
        // Padding may span lines, but a closing delimiter after more text does not rescue a tag.
        #expect(Self.error("{{name\n}}") == nil)
        #expect(Self.error("{{name\n<p>}}")?.message == "the tag {{name is never closed with }}")
        #expect(Self.error("x {{{name}}")?.message == "the tag {{{name}} is never closed with }}}")
        #expect(Self.error("{{! note")?.message == "the comment {{! note is never closed with }}")
    }

    @Test func unknownDelimiterSyntax() {
        let message = "the delimiter change {{=<% %>}} is malformed: write two delimiters, as in {{=<% %>=}}"
        #expect(Self.error("a\n  {{=<% %>}}\n") == TemplateError(line: 2, column: 3, message: message))
        #expect(Self.error("{{= <% =}}")?.line == 1)
        #expect(Self.error("{{=<% %> ]] =}}")?.column == 1)
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(Self.error("één {{#x}}")?.column == 5)
    }

    @Test func onlyTheThreeSequenceFunctionsExist() {
        let error = Self.error("{{#list}}{{even()}}{{/list}}")
        #expect(error?.column == 10)
        #expect(
            error?.message
                == "\"even()\" is not supported: the only functions are first(), last() and index(), in a list")
        #expect(Self.error("{{uppercased(name)}}") != nil)
    }

    @Test func malformedNames() {
        #expect(Self.error("{{}}")?.message == "the tag {{}} has no name")
        #expect(Self.error("{{#a b}}{{/a b}}")?.message == "the tag {{#a b}} has a space in its name")
        #expect(Self.error("{{a..b}}")?.message == "the name \"a..b\" has an empty part between its dots")
    }

    @Test func onlyBlocksStandInsideAParent() {
        let error = Self.error("{{<base}}\n  {{name}}\n{{/base}}")
        #expect(error?.line == 2 && error?.column == 3)
        #expect(error?.message == "only blocks {{$…}} can stand inside the parent {{<base}}, not {{name}}")
        #expect(Self.error("{{<base}} text and {{! a comment }} are fine {{/base}}") == nil)
    }

    @Test func unsupportedTags() {
        #expect(
            Self.error("{{%CONTENT_TYPE:TEXT}}")?.message == "pragmas such as {{%CONTENT_TYPE:TEXT}} are not supported")
        #expect(Self.error("{{>*name}}")?.message == "dynamic partial names such as {{>*name}} are not supported")
    }

    @Test func registeringABrokenTemplateLeavesTheLibraryAlone() {
        var library = TemplateLibrary()
        #expect(throws: TemplateError.self) { try library.register("{{#a}}", named: "page") }
        #expect(library.template(named: "page") == nil)
    }
}
