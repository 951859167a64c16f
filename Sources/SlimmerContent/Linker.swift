import Foundation

/// The link step: checks every reference, term and URL, drops what is not
/// published, and builds the content graph.
public struct Linker: Sendable {
    public let config: SiteConfig
    public let now: Date
    public let includeDrafts: Bool
    /// How many cores the step may use.
    public let jobs: Int

    public init(config: SiteConfig, now: Date, includeDrafts: Bool, jobs: Int = ParallelMap.defaultJobs) {
        self.config = config
        self.now = now
        self.includeDrafts = includeDrafts
        self.jobs = jobs
    }

    public func link(_ content: LoadedContent) -> (ContentGraph, [Diagnostic]) {
        let published = content.items.filter(isPublished).sorted { ($0.kind, $0.slug) < ($1.kind, $1.slug) }
        // The graph beside the checks: this step is otherwise the longest
        // stretch of a build with one core idle.
        let graph = Pending(jobs: jobs) { [self] in
            ContentGraph(
                config: config, now: now, items: published, references: references(of:),
                homeBody: content.homeBody, homeBodyFirstLine: content.homeBodyFirstLine)
        }
        let diagnostics = check(content.items, published: published)
        return (graph.value, diagnostics)
    }

    private func check(_ items: [Item], published: [Item]) -> [Diagnostic] {
        checkUniqueURLs(items, Permalinks(config: config)) + checkTerms(items) + checkReferences(items)
            + checkPublishedReferences(published, all: items)
    }

    /// Drafts only with `--drafts`; nothing before its publish date or after its expiry.
    public func isPublished(_ item: Item) -> Bool {
        if item.draft && !includeDrafts { return false }
        if let publish = item.publishDate, publish.instant > now { return false }
        if let expiry = item.expiryDate, expiry.instant <= now { return false }
        return true
    }

    private func checkUniqueURLs(_ items: [Item], _ permalinks: Permalinks) -> [Diagnostic] {
        var owners: [String: [Item]] = [:]
        for item in items { owners[permalinks.path(of: item), default: []].append(item) }
        let reserved = Set(Section.Key.allCases.map { permalinks.path(section: $0) } + ["pagina/"])
        var diagnostics: [Diagnostic] = []
        for (path, claimants) in owners {
            let files = claimants.map(\.file).sorted()
            if claimants.count > 1 {
                for file in files {
                    let others = files.filter { $0 != file }.joined(separator: ", ")
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: 1, message: "the URL /\(path) is also claimed by \(others)",
                            hint: "Give one of them another file name or `slug:`."))
                }
            } else if reserved.contains(path) {
                diagnostics.append(
                    Diagnostic(
                        file: files[0], line: 1, message: "the URL /\(path) is already a section of the site",
                        hint: "Give the page another file name or `slug:`."))
            }
        }
        return diagnostics
    }

    private func checkTerms(_ items: [Item]) -> [Diagnostic] {
        let themes = config.themes.map(\.slug)
        let topics = config.topics.map(\.slug)
        var diagnostics: [Diagnostic] = []
        for item in items {
            for theme in item.themes where !themes.contains(theme.value) {
                diagnostics.append(unknown("theme", theme, in: item, candidates: themes, listedIn: "themes"))
            }
            for topic in item.topics where !topics.contains(topic.value) {
                diagnostics.append(unknown("topic", topic, in: item, candidates: topics, listedIn: "topics"))
            }
        }
        return diagnostics
    }

    private func checkReferences(_ items: [Item]) -> [Diagnostic] {
        let slugs = Dictionary(grouping: items, by: \.kind).mapValues { $0.map(\.slug) }
        // A set per kind: searching the arrays made this quadratic (2.8 s at 100,000 items).
        let known = slugs.mapValues(Set.init)
        var diagnostics: [Diagnostic] = []
        for item in items {
            for (kind, reference) in references(of: item) where known[kind]?.contains(reference.value) != true {
                let candidates = slugs[kind] ?? []
                let hint =
                    Suggestion.hint(for: reference.value, in: candidates)
                    ?? "Use the slug of an item in content/\(kind.folder)/: its file name without .md, or its `slug:`."
                diagnostics.append(
                    Diagnostic(
                        file: item.file, line: reference.line, column: reference.column,
                        message: "there is no \(kind == .case ? "case" : kind.rawValue) \"\(reference.value)\"",
                        hint: hint))
            }
        }
        return diagnostics
    }

    /// A published page that names an unpublished item would show a gap
    /// where the link should be.
    private func checkPublishedReferences(_ published: [Item], all: [Item]) -> [Diagnostic] {
        let publishedIDs = Set(published.map(\.id))
        let existing = Set(all.map(\.id))
        var diagnostics: [Diagnostic] = []
        for item in published {
            for (kind, reference) in references(of: item) {
                let id = "\(kind.rawValue)/\(reference.value)"
                guard existing.contains(id), !publishedIDs.contains(id) else { continue }
                diagnostics.append(
                    Diagnostic(
                        file: item.file, line: reference.line, column: reference.column,
                        message:
                            "\"\(reference.value)\" is not published (a draft, or its publish date is still to come)",
                        hint: "Publish it first, or make this item a draft too."))
            }
        }
        return diagnostics
    }

    private func unknown(
        _ what: String, _ term: Located<String>, in item: Item, candidates: [String], listedIn key: String
    ) -> Diagnostic {
        let hint =
            Suggestion.hint(for: term.value, in: candidates)
            ?? "Use one of the \(key) declared in site.yml: \(candidates.joined(separator: ", "))."
        return Diagnostic(
            file: item.file, line: term.line, column: term.column, message: "unknown \(what) \"\(term.value)\"",
            hint: hint)
    }

    /// Every reference an item makes, with the kind it refers to.
    func references(of item: Item) -> [(ContentKind, Located<String>)] {
        switch item.details {
        case .case(let c): [(.doetank, c.doetank)]
        case .event(let e): e.doetanks.map { (.doetank, $0) }
        case .outcome(let o): [(.doetank, o.doetank)] + o.cases.map { (.case, $0) }
        case .doetank, .page: []
        }
    }
}
