/// A compiled Mustache template: parsed once into a tree of text, tags and
/// sections with names already split, then rendered as often as needed.
///
/// Supports the Mustache spec's interpolation, sections, inverted sections,
/// comments, partials, set delimiters and template inheritance (parents and
/// blocks), plus swift-mustache's `first()`, `last()` and `index()` inside a
/// list section. Lambdas are not supported.
public struct Template: Sendable {
    let nodes: [Node]
    /// Every name that a value or section tag reads, where its tag starts.
    private let references: [(name: String, line: Int, column: Int)]
    /// The source's size, to reserve room for the output in one go.
    let sourceSize: Int
    /// The parent a child template starts with, whose size the output will also need.
    let parentName: String?

    /// Parses `source`.
    ///
    /// - Throws: ``TemplateError`` with the line and column of the offending
    ///   tag, such as an unclosed section or a closing tag that does not match.
    public init(_ source: String) throws(TemplateError) {
        var parser = Parser(source)
        nodes = try parser.parseBody(ParseState()).nodes
        let locator = parser.locator
        references = parser.references.map { reference in
            let (line, column) = locator.location(of: reference.offset)
            return (reference.name, line, column)
        }
        sourceSize = parser.bytes.count
        parentName =
            nodes.lazy.compactMap { node -> String? in
                if case .parent(let name, _, _) = node { return name }
                return nil
            }.first
    }

    /// Every name the template reads (in `{{x}}`, `{{{x}}}`, `{{&x}}`,
    /// `{{#x}}` and `{{^x}}` tags) that starts with `prefix`, with the line and
    /// column of its tag, in source order.
    ///
    /// The build uses `names(withPrefix: "t.")` to check that every
    /// translation key a template uses exists.
    public func names(withPrefix prefix: String) -> [(name: String, line: Int, column: Int)] {
        references.filter { $0.name.hasPrefix(prefix) }
    }

    /// Renders the template with `context` at the bottom of the context stack.
    ///
    /// - Parameter partials: where `{{>name}}` and `{{<name}}` find their
    ///   templates; without it they render nothing.
    public func render(_ context: TemplateValue, partials: TemplateLibrary = TemplateLibrary()) -> String {
        render(context, templates: partials.templates)
    }

    func render(
        _ context: TemplateValue, templates: [String: Template], cache: PartialCache? = nil,
        runs: SharedRuns = SharedRuns()
    ) -> String {
        let parentSize = parentName.flatMap { templates[$0]?.sourceSize } ?? 0
        // A page comes out at about the size of its template and parent; a
        // little more room saves most regrowths without holding much spare.
        var renderer = Renderer(
            context, templates: templates, capacity: (sourceSize + parentSize) * 3 / 2 + 256, cache: cache,
            runs: runs)
        renderer.render(nodes, Renderer.Scope())
        return renderer.output
    }

    /// The rendering with `context` alone on the stack, or nil when it read a
    /// name `context` lacks (or a block a parent could override): then it
    /// would depend on where it is rendered.
    func renderAlone(_ context: TemplateValue, templates: [String: Template]) -> String? {
        var renderer = Renderer(context, templates: templates, capacity: sourceSize * 2)
        renderer.closed = true
        renderer.render(nodes, Renderer.Scope())
        return renderer.leaked ? nil : renderer.output
    }
}
