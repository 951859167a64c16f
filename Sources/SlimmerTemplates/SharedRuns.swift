/// Runs of template nodes rendered once for a build, because they read only
/// values that every page shares: a site's footer, most of its header and
/// many labels read the site's title, translations and section links, and
/// rendering them once took a quarter off the template rendering's time.
///
/// A run is kept when, rendered with the shared object alone on the context
/// stack, it read nothing else (see ``Renderer/closed``). A page uses it only
/// where its own context is alone on the stack, with the very same values
/// (the same storage) for every shared name the run reads; otherwise the
/// run's nodes render as usual. Names relative to the top of the stack
/// (`.`, `.x`, `first()`), blocks and parents never join a run.
public struct SharedRuns: Sendable {
    /// How a node list renders at the bottom of the stack: pieces in order.
    struct Plan: Sendable {
        var segments: [Segment]
    }

    struct Segment: Sendable {
        var range: Range<Int>
        /// The run's output, when it is shared.
        var html: String?
        /// The shared values the run reads, which a page's context must hold too.
        var reads: [(key: TemplateKey, value: TemplateValue)]
    }

    /// Plans by the address of the node list's storage.
    private let plans: [Int: Plan]
    /// The templates planned, kept alive so that no other node list can
    /// take one of their addresses while these runs exist.
    private let templates: [String: Template]

    /// An empty set of runs: every node renders as usual.
    public init() {
        plans = [:]
        templates = [:]
    }

    /// The runs of every node list of `library`'s templates, for pages whose
    /// context holds `shared`'s values.
    public init(library: TemplateLibrary, shared: TemplateObject) {
        var planner = Planner(templates: library.templates, shared: shared)
        for name in library.templates.keys.sorted() {
            planner.plan(library.templates[name]!.nodes)
        }
        plans = planner.plans
        templates = library.templates
    }

    /// How many runs are shared.
    public var count: Int { plans.values.reduce(0) { $0 + $1.segments.count { $0.html != nil } } }

    func plan(for nodes: [Node]) -> Plan? {
        guard !plans.isEmpty, !nodes.isEmpty else { return nil }
        return plans[Self.address(of: nodes)]
    }

    static func address(of nodes: [Node]) -> Int {
        nodes.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    }
}

extension SharedRuns.Segment {
    /// Whether `context` holds the same values for everything the run reads.
    func holds(_ context: TemplateValue) -> Bool {
        reads.allSatisfy { read in context.field(read.key).map { $0.isIdentical(to: read.value) } ?? false }
    }
}

/// Works out the runs of each node list.
private struct Planner {
    let templates: [String: Template]
    let shared: TemplateObject
    var plans: [Int: SharedRuns.Plan] = [:]

    init(templates: [String: Template], shared: TemplateObject) {
        self.templates = templates
        self.shared = shared
    }

    mutating func plan(_ nodes: [Node]) {
        guard !nodes.isEmpty, plans[SharedRuns.address(of: nodes)] == nil else { return }
        var segments: [SharedRuns.Segment] = []
        var index = 0
        while index < nodes.count {
            var html = ""
            var keys: Set<String> = []
            var end = index
            var tags = 0
            while end < nodes.count {
                var read = keys
                guard let piece = sharedRendering(nodes[end], keys: &read) else { break }
                html += piece
                keys = read
                if case .text = nodes[end] {} else { tags += 1 }
                end += 1
            }
            // Text alone is pasted in as it is.
            if tags > 0 {
                let reads = keys.sorted().compactMap { key in shared[key].map { (TemplateKey(key), $0) } }
                segments.append(SharedRuns.Segment(range: index..<end, html: html, reads: reads))
                index = end
            } else {
                segments.append(SharedRuns.Segment(range: index..<index + 1, html: nil, reads: []))
                index += 1
            }
        }
        plans[SharedRuns.address(of: nodes)] = SharedRuns.Plan(segments: segments)
        for node in nodes { planInside(node) }
    }

    /// Bodies render at the bottom of the stack too (a `true` section, an
    /// inverted one, a block): each gets its own plan.
    private mutating func planInside(_ node: Node) {
        switch node {
        case .section(_, let body), .inverted(_, let body): plan(body)
        case .block(_, let defaults, _, _): plan(defaults)
        case .parent(_, _, let overrides):
            for name in overrides.keys.sorted() { plan(overrides[name]!) }
        case .text, .value, .partial: return
        }
    }

    /// The node's output with only the shared object on the stack, or nil
    /// when it may differ between pages; adds the names it may read to `keys`.
    private func sharedRendering(_ node: Node, keys: inout Set<String>) -> String? {
        guard Self.isCandidate(node, templates: templates, depth: 0, keys: &keys) else { return nil }
        var renderer = Renderer(.object(shared), templates: templates, capacity: 256)
        renderer.closed = true
        renderer.render(node, Renderer.Scope())
        return renderer.leaked ? nil : renderer.output
    }

    /// Text, or tags whose names climb the stack (also inside sections and
    /// partials), with no blocks or parents.
    private static func isCandidate(
        _ node: Node, templates: [String: Template], depth: Int, keys: inout Set<String>
    ) -> Bool {
        func all(_ nodes: [Node], _ keys: inout Set<String>) -> Bool {
            nodes.allSatisfy { isCandidate($0, templates: templates, depth: depth + 1, keys: &keys) }
        }
        switch node {
        case .text:
            return true
        case .value(let name, _):
            return climbs(name, &keys)
        case .section(let name, let body), .inverted(let name, let body):
            return climbs(name, &keys) && all(body, &keys)
        case .partial(let name, _):
            guard depth < Renderer.maximumDepth, let template = templates[name] else { return false }
            return all(template.nodes, &keys)
        case .parent, .block:
            return false
        }
    }

    private static func climbs(_ name: Name, _ keys: inout Set<String>) -> Bool {
        switch name {
        case .key(let key), .path(let key, _):
            keys.insert(key.text)
            return true
        case .current, .local, .first, .last, .index:
            return false
        }
    }
}

extension TemplateValue {
    /// The same value held in the same storage, so certainly equal, decided
    /// without comparing contents (text compares its bytes only when it is
    /// not the same storage).
    func isIdentical(to other: TemplateValue) -> Bool {
        switch (self, other) {
        case (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.int(let left), .int(let right)): left == right
        case (.string(let left), .string(let right)): left == right
        case (.object(let left), .object(let right)): left.identity == right.identity
        case (.list(let left), .list(let right)):
            left.withUnsafeBufferPointer { leftBuffer in
                right.withUnsafeBufferPointer {
                    $0.baseAddress == leftBuffer.baseAddress && $0.count == leftBuffer.count
                }
            }
        default: false
        }
    }
}
