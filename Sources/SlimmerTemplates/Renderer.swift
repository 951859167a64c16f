/// Renders a compiled tree by appending to one string: no reflection, no
/// `Any`, no dynamic casts, and no allocation per lookup.
struct Renderer {
    var output: String
    /// The context stack, walked from the top (the end) down.
    var stack: [TemplateValue]
    /// Block overrides of the parents being rendered, outermost first: the
    /// outermost definition wins, as the spec's multi-level inheritance wants.
    var frames: [[String: [Node]]] = []
    let templates: [String: Template]
    /// Partials, parents and blocks being expanded, to stop a template that
    /// includes itself without end before it overflows the stack.
    var depth = 0
    static let maximumDepth = 64
    /// Renderings kept for one partial, used where it renders without indentation.
    let cache: PartialCache?
    /// Runs of nodes rendered once for every page.
    let runs: SharedRuns
    /// Set when rendering for a ``PartialCache``: a name that the context stack
    /// lacks would, on a page, climb to the page's context.
    var closed = false
    /// In a closed rendering: some name was missing, so the output may differ on a page.
    var leaked = false

    init(
        _ context: TemplateValue, templates: [String: Template], capacity: Int, cache: PartialCache? = nil,
        runs: SharedRuns = SharedRuns()
    ) {
        output = ""
        output.reserveCapacity(capacity)
        stack = [context]
        stack.reserveCapacity(16)
        self.templates = templates
        self.cache = cache
        self.runs = runs
    }

    /// Where rendering stands: the indentation of the enclosing standalone
    /// partials and blocks, and the innermost list being iterated.
    struct Scope {
        var indent = ""
        var position: Position?
    }

    /// An element's place in the list being iterated, for `first()`, `last()` and `index()`.
    struct Position {
        var index: Int
        var count: Int
    }

    /// Renders a body. `lead` is indentation for the body's first line too (a
    /// standalone block); otherwise a body indents only lines after its first,
    /// the enclosing body having written the first line's indentation.
    mutating func render(_ nodes: [Node], _ scope: Scope, lead: String? = nil) {
        if scope.indent.isEmpty && lead == nil {
            if stack.count == 1, let plan = runs.plan(for: nodes) {
                render(plan, nodes, scope)
                return
            }
            for node in nodes { render(node, scope) }
        } else {
            renderIndented(nodes, scope, lead: lead)
        }
    }

    /// A node list at the bottom of the stack: its shared runs pasted in
    /// where the page's context holds the values they read.
    private mutating func render(_ plan: SharedRuns.Plan, _ nodes: [Node], _ scope: Scope) {
        for segment in plan.segments {
            if let html = segment.html, segment.holds(stack[0]) {
                output.append(html)
            } else {
                for index in segment.range { render(nodes[index], scope) }
            }
        }
    }

    /// swift-mustache's indentation rule, kept for byte-identical pages: before
    /// each piece that writes something, indent if this body's own output so
    /// far ends with a line feed. A section's output counts as one piece, so
    /// only the first line of a list's second and later items goes unindented,
    /// just as in swift-mustache.
    private mutating func renderIndented(_ nodes: [Node], _ scope: Scope, lead: String?) {
        let start = output.utf8.count
        for node in nodes {
            if case .text(let text) = node {
                appendIndented(text, from: start, scope, lead: lead)
                continue
            }
            let before = output.utf8.count
            let prefix = indentation(before: before, from: start, scope, lead: lead)
            render(node, scope)
            if let prefix, output.utf8.count > before {
                output.insert(contentsOf: prefix, at: output.utf8.index(output.utf8.startIndex, offsetBy: before))
            }
        }
    }

    private mutating func appendIndented(_ text: Text, from start: Int, _ scope: Scope, lead: String?) {
        let utf8 = text.string.utf8
        var lower = utf8.startIndex
        for offset in text.lineStarts + [utf8.count] {
            let upper = utf8.index(utf8.startIndex, offsetBy: offset)
            if let prefix = indentation(before: output.utf8.count, from: start, scope, lead: lead) {
                output.append(prefix)
            }
            output.append(contentsOf: text.string[lower..<upper])
            lower = upper
        }
    }

    /// The indentation due before a piece written at `before`, or nil.
    private func indentation(before: Int, from start: Int, _ scope: Scope, lead: String?) -> String? {
        if before == start { return lead }
        guard !scope.indent.isEmpty else { return nil }
        let utf8 = output.utf8
        guard utf8[utf8.index(before: utf8.endIndex)] == Parser.lineFeed else { return nil }
        // A CR LF pair is one Character, which swift-mustache does not take for a line feed.
        if before - 1 > start, utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == Parser.carriageReturn { return nil }
        return scope.indent
    }

    mutating func render(_ node: Node, _ scope: Scope) {
        switch node {
        case .text(let text):
            output.append(text.string)
        case .value(let name, let escaped):
            if let value = resolve(name, scope) { append(value, escaped: escaped) }
        case .section(let name, let body):
            if let value = resolve(name, scope) { renderSection(value, body, scope) }
        case .inverted(let name, let body):
            renderInverted(resolve(name, scope), body, scope)
        case .partial(let name, let indent):
            if let html = cached(name, indent, scope) {
                output.append(html)
                return
            }
            guard depth < Self.maximumDepth, let template = templates[name] else { return }
            depth += 1
            let inner = Scope(indent: indent.map { scope.indent + $0 } ?? scope.indent)
            render(template.nodes, inner)
            depth -= 1
        case .parent(let name, let indent, let overrides):
            guard depth < Self.maximumDepth, let template = templates[name] else { return }
            depth += 1
            frames.append(overrides)
            render(template.nodes, Scope(indent: scope.indent + indent))
            frames.removeLast()
            depth -= 1
        case .block(let name, let defaults, let indent, let leading):
            // A page's parents may override the block: not the same everywhere.
            if closed { leaked = true }
            // An override may expand its own block again, so blocks count towards the depth too.
            guard depth < Self.maximumDepth else { return }
            depth += 1
            let body = frames.lazy.compactMap { $0[name] }.first ?? defaults
            render(body, Scope(indent: scope.indent + indent), lead: leading && !indent.isEmpty ? indent : nil)
            depth -= 1
        }
    }

    /// The kept rendering of partial `name` for the object on top of the
    /// stack, when nothing would indent it (it was rendered unindented).
    private func cached(_ name: String, _ indent: String?, _ scope: Scope) -> String? {
        guard let cache, indent == nil, scope.indent.isEmpty, name == cache.partial,
            case .object(let object)? = stack.last
        else { return nil }
        return cache.rendering(for: object)
    }
}
