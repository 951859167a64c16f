/// A theme or a topic declared in `site.yml`.
public struct Term: Sendable, Hashable {
    public var slug: String
    public var label: String
    public var description: String

    public init(slug: String, label: String, description: String) {
        self.slug = slug
        self.label = label
        self.description = description
    }
}
