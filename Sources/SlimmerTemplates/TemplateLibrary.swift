/// Named templates that render each other: a page template, the parent it
/// inherits from and the partials it includes.
///
/// Partials and parents are looked up by name when they render, so templates
/// may be registered in any order and replaced one at a time.
public struct TemplateLibrary: Sendable {
    private(set) var templates: [String: Template] = [:]

    /// An empty library.
    public init() {}

    /// Parses `source` and registers it as `name`, replacing any template of that name.
    ///
    /// Names may contain `/`, as in `partials/card`, which `{{>partials/card}}` includes.
    /// - Throws: ``TemplateError`` with the line and column of the problem; the
    ///   library is then unchanged.
    public mutating func register(_ source: String, named name: String) throws(TemplateError) {
        templates[name] = try Template(source)
    }

    /// Registers an already parsed template as `name`.
    public mutating func register(_ template: Template, named name: String) {
        templates[name] = template
    }

    /// The template registered as `name`.
    public func template(named name: String) -> Template? {
        templates[name]
    }

    /// Renders the template registered as `name` with `context`; nil when there is no such template.
    /// `runs`, made from this library, paste in what every page shares.
    public func render(
        _ name: String, _ context: TemplateValue, cache: PartialCache? = nil, runs: SharedRuns = SharedRuns()
    ) -> String? {
        templates[name]?.render(context, templates: templates, cache: cache, runs: runs)
    }

    /// Renders `name` with `context` alone on the context stack, for a
    /// ``PartialCache``; nil when there is no such template or the rendering
    /// read anything `context` does not hold.
    public func renderAlone(_ name: String, _ context: TemplateValue) -> String? {
        templates[name]?.renderAlone(context, templates: templates)
    }
}
