import SlimmerTemplates
import Testing

/// Cases that later versions of the Mustache spec added after the vendored
/// files' commits, written by hand from the current upstream spec.
@Suite struct SpecExtraTests {
    static let cases: [SpecTests.Case] = [
        .init(
            name: "Basic Null Interpolation", template: "I ({{cannot}}) be seen!", partials: [:],
            data: ["cannot": nil], expected: "I () be seen!"),
        .init(
            name: "Triple Mustache Null Interpolation", template: "I ({{{cannot}}}) be seen!", partials: [:],
            data: ["cannot": nil], expected: "I () be seen!"),
        .init(
            name: "Dotted Names are never single keys", template: "{{a.b}}", partials: [:], data: ["a.b": "c"],
            expected: ""),
        .init(
            name: "Dotted Names - No Masking", template: "{{a.b}}", partials: [:],
            data: ["a.b": "c", "a": ["b": "d"]], expected: "d"),
        .init(
            name: "Dotted Names - Leading Dot", template: "{{#a}}{{.name}}{{/a}}{{#b}}{{.name}}{{/b}}", partials: [:],
            data: ["a": [:], "b": ["name": "Name"], "name": "Fail"], expected: "Name"),
        .init(
            name: "Implicit Iterators - Basic Interpolation", template: "Hello, {{.}}!\n", partials: [:],
            data: "world", expected: "Hello, world!\n"),
        .init(
            name: "Implicit Iterators - HTML Escaping", template: "{{.}}", partials: [:], data: "& \" < > '",
            expected: "&amp; &quot; &lt; &gt; &#39;"),
        .init(
            name: "Implicit Iterators - Triple Mustache", template: "{{{.}}}", partials: [:], data: "& \" < >",
            expected: "& \" < >"),
        .init(
            name: "Implicit Iterators - Basic Integer Interpolation", template: "\"{{.}} miles an hour!\"",
            partials: [:], data: 85, expected: "\"85 miles an hour!\""),
        .init(
            name: "Implicit Iterator - Root-level", template: "{{#.}}({{value}}){{/.}}", partials: [:],
            data: [["value": "a"], ["value": "b"]], expected: "(a)(b)"),
        .init(
            name: "Block scope", template: "{{<parent}}{{$block}}I say {{fruit}}.{{/block}}{{/parent}}",
            partials: ["parent": "{{#nested}}{{$block}}You say {{fruit}}.{{/block}}{{/nested}}"],
            data: ["fruit": "apples", "nested": ["fruit": "bananas"]], expected: "I say bananas."),
    ]

    @Test(arguments: cases.map(\.name))
    func laterSpecCase(_ name: String) throws {
        let test = try #require(Self.cases.first { $0.name == name })
        #expect(try SpecTests.render(test) == test.expected)
    }
}
