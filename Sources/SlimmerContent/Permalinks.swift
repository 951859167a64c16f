/// Where every page lives: the one place that turns items, sections and terms
/// into URLs, so that links and output paths never disagree.
public struct Permalinks: Sendable {
    public let config: SiteConfig

    public init(config: SiteConfig) {
        self.config = config
    }

    /// Output path of a page, relative to the output folder, without the base
    /// path: `doetanks/x/` (folders end in `/` and get an `index.html`).
    public func path(of item: Item) -> String {
        path(kind: item.kind, slug: item.slug)
    }

    public func path(kind: ContentKind, slug: String) -> String {
        guard let key = Section.Key(kind) else { return "\(slug)/" }
        return "\(config.section(key).path)/\(slug)/"
    }

    public func path(section key: Section.Key) -> String {
        "\(config.section(key).path)/"
    }

    public func path(term slug: String, in key: Section.Key) -> String {
        "\(config.section(key).path)/\(slug)/"
    }

    /// Page `number` of a paginated list at `path`: page 1 is the list itself.
    public func path(page number: Int, of path: String) -> String {
        number <= 1 ? path : "\(path)pagina/\(number)/"
    }

    /// The root-relative URL of an output path, with the base path: `/doetanks/x/`.
    public func url(_ path: String) -> String {
        config.basePath + path
    }

    /// The absolute URL of an output path.
    public func absoluteURL(_ path: String) -> String {
        config.origin + url(path)
    }
}
