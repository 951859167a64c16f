import Foundation
import SlimmerMarkdown

/// The Markdown step: renders every published body with cmark, in parallel,
/// and turns links between content files into page URLs.
public struct BodyRenderer: Sendable {
    public let graph: ContentGraph
    /// Every content file that was read, published or not, to tell a broken
    /// link from a link to a draft.
    public let knownFiles: Set<String>
    /// How many bodies are rendered at once.
    public let jobs: Int

    public init(graph: ContentGraph, knownFiles: Set<String>, jobs: Int = ParallelMap.defaultJobs) {
        self.graph = graph
        self.knownFiles = knownFiles
        self.jobs = jobs
    }

    public func render() -> (RenderedBodies, [Diagnostic]) {
        let results = render(graph.items)
        let home = renderHome()
        let byID = Dictionary(
            zip(graph.items.map(\.id), results.map(\.markdown)), uniquingKeysWith: { first, _ in first })
        return (RenderedBodies(byID: byID, home: home.markdown), results.flatMap(\.diagnostics) + home.diagnostics)
    }

    /// The bodies of `items`, in parallel and in the same order, with each body's problems.
    public func render(_ items: [Item]) -> [RenderedBody] {
        let renderer = MarkdownRenderer(
            options: MarkdownOptions(unsafeHTML: graph.config.unsafeHTML, keepsOnlySearchWords: true))
        return ParallelMap.map(items, jobs: jobs) { item in
            render(item.body, file: item.file, firstLine: item.bodyFirstLine, with: renderer)
        }
    }

    /// The home page's introduction.
    public func renderHome() -> RenderedBody {
        let renderer = MarkdownRenderer(
            options: MarkdownOptions(unsafeHTML: graph.config.unsafeHTML, keepsOnlySearchWords: true))
        return render(graph.homeBody, file: ContentLoader.homeFile, firstLine: graph.homeBodyFirstLine, with: renderer)
    }

    private func render(
        _ body: String, file: String, firstLine: Int, with renderer: MarkdownRenderer
    ) -> RenderedBody {
        // Each destination is resolved once, for the HTML, the checks and the linked files alike.
        var resolved: [String: (file: String, url: String?)?] = [:]
        func target(_ destination: String) -> (file: String, url: String?)? {
            if let known = resolved[destination] { return known }
            let target = resolve(destination, from: file)
            resolved[destination] = target
            return target
        }
        let rendered = renderer.render(body) { destination in target(destination)?.url }
        var diagnostics: [Diagnostic] = []
        for link in rendered.links {
            let line = link.line + firstLine - 1
            guard let target = target(link.destination) else {
                diagnostics += relativeLinkWarning(link.destination, file: file, line: line, column: link.column)
                continue
            }
            guard target.url == nil else { continue }
            let problem =
                knownFiles.contains(target.file)
                ? (
                    "the link to \(link.destination) leads to an item that is not published",
                    "Publish that item first, or remove the link for now."
                )
                : ("the link to \(link.destination) points to a file that does not exist", linkHint(target.file))
            diagnostics.append(
                Diagnostic(file: file, line: line, column: link.column, message: problem.0, hint: problem.1))
        }
        let linkedFiles = Set(resolved.values.compactMap { $0?.file }.filter { !$0.isEmpty })
        return RenderedBody(
            markdown: rendered,
            diagnostics: diagnostics + structureWarnings(rendered, file: file, firstLine: firstLine),
            linkedFiles: linkedFiles)
    }

    /// "Did you mean" among the files of the same folder, written as a link.
    private func linkHint(_ target: String) -> String {
        let folder = (target as NSString).deletingLastPathComponent
        let name = ((target as NSString).lastPathComponent as NSString).deletingPathExtension
        let siblings = knownFiles.filter { ($0 as NSString).deletingLastPathComponent == folder }
            .map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        let relativeFolder = "../" + folder.dropFirst(ContentLoader.contentFolder.count + 1)
        if let closest = Suggestion.closest(to: name, in: siblings) {
            return "Did you mean \(relativeFolder)/\(closest).md?"
        }
        return "Check the file name: links between content files look like ../cases/name.md."
    }

    /// Relative links that are not content files resolve against the page's
    /// URL, not the file's folder, which editors rarely mean.
    private func relativeLinkWarning(_ destination: String, file: String, line: Int, column: Int) -> [Diagnostic] {
        guard !destination.isEmpty, !destination.hasPrefix("/"), !destination.hasPrefix("#"),
            !destination.contains(":")
        else { return [] }
        return [
            Diagnostic(
                file: file, line: line, column: column, severity: .warning,
                message: "the relative link \(destination) depends on the page's address",
                hint:
                    "Link to content files as ../cases/name.md and to other files from the site's root, such as /bestanden/naam.pdf."
            )
        ]
    }

    /// For a relative link to a `.md` file: the content file it names and,
    /// when that file is published, its page URL with the fragment kept.
    func resolve(_ destination: String, from file: String) -> (file: String, url: String?)? {
        // Root-relative links are written from the site's root; the base path makes them work under a sub-path.
        if destination.hasPrefix("/"), !destination.hasPrefix("//"), graph.config.basePath != "/",
            !destination.hasPrefix(graph.config.basePath)
        {
            return (file: "", url: graph.config.basePath + destination.dropFirst())
        }
        // Bytes, not Characters: `contains` and `firstIndex` on a String break
        // it into Characters, and every link of every body comes here.
        guard !destination.utf8.contains(UInt8(ascii: ":")), !destination.hasPrefix("/"), !destination.hasPrefix("#")
        else { return nil }
        let (path, fragment) = split(destination)
        guard ContentLoader.isMarkdown(path) else { return nil }
        // Plain string work: `NSString` and percent decoding for every link showed in profiles.
        let folder = file.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file[..<$0]) } ?? ""
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? (path.removingPercentEncoding ?? path) : path
        guard let target = normalise(folder + "/" + decoded) else {
            return ("", nil)
        }
        guard let id = graph.byFile[target], let item = graph.byID[id] else { return (target, nil) }
        let url = graph.permalinks.url(graph.permalinks.path(of: item))
        return (target, fragment.isEmpty ? url : url + "#" + fragment)
    }

    private func split(_ destination: String) -> (String, String) {
        guard let hash = destination.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination, "") }
        return (String(destination[..<hash]), String(destination[destination.utf8.index(after: hash)...]))
    }

    /// Resolves `.` and `..`; nil when the path climbs above the site's root.
    private func normalise(_ path: String) -> String? {
        var kept: [Range<String.Index>] = []
        for segment in PathSegments(path) {
            switch segment.kind {
            case .empty, .current: continue
            case .parent:
                guard !kept.isEmpty else { return nil }
                kept.removeLast()
            case .name: kept.append(segment.range)
            }
        }
        var result = ""
        result.reserveCapacity(path.utf8.count)
        for (index, segment) in kept.enumerated() {
            if index > 0 { result.append("/") }
            result.append(contentsOf: path[segment])
        }
        return result
    }
}
