import Foundation
import SlimmerContent
import SlimmerMarkdown

/// Checks, once every output path is known, that the site's own links lead
/// somewhere: root-relative links and images in bodies, and attachments.
public struct OutputLinkChecker: Sendable {
    public let graph: ContentGraph
    public let bodies: RenderedBodies
    /// Every file the build writes, relative to the output folder.
    public let outputPaths: Set<String>

    public init(graph: ContentGraph, bodies: RenderedBodies, outputPaths: Set<String>) {
        self.graph = graph
        self.bodies = bodies
        self.outputPaths = outputPaths
    }

    public func check() -> [Diagnostic] {
        graph.items.flatMap(check) + checkHome() + checkMenu()
    }

    /// The links, images and attachments of one item.
    public func check(_ item: Item) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let body = bodies.byID[item.id] {
            diagnostics += check(body, file: item.file, firstLine: item.bodyFirstLine)
        }
        if case .outcome(let outcome) = item.details {
            diagnostics += outcome.attachments.compactMap { attachment in
                missing(
                    attachment.file.value, file: item.file, line: attachment.file.line,
                    column: attachment.file.column, what: "attachment")
            }
        }
        if case .doetank(let doetank) = item.details, let image = doetank.image {
            diagnostics += [
                missing(
                    image.src.value, file: item.file, line: image.src.line,
                    column: image.src.column, what: "image")
            ].compactMap { $0 }
        }
        return diagnostics
    }

    /// The links of the home page's introduction.
    public func checkHome() -> [Diagnostic] {
        check(bodies.home, file: ContentLoader.homeFile, firstLine: graph.homeBodyFirstLine)
    }

    /// The menu's links in site.yml.
    public func checkMenu() -> [Diagnostic] {
        graph.config.menu.compactMap { entry in
            missing(entry.url, file: SiteConfig.fileName, line: entry.line, column: entry.column, what: "link")
        }
    }

    private func check(_ body: RenderedMarkdown, file: String, firstLine: Int) -> [Diagnostic] {
        let links = body.links.map { ($0.destination, $0.line, $0.column, "link") }
        let images = body.images.map { ($0.source, $0.line, $0.column, "image") }
        return (links + images).compactMap { destination, line, column, what in
            missing(destination, file: file, line: line + firstLine - 1, column: column, what: what)
        }
    }

    /// A diagnostic when `destination` is a path on this site that the build does not write.
    private func missing(_ destination: String, file: String, line: Int, column: Int, what: String) -> Diagnostic? {
        guard destination.hasPrefix("/"), !destination.hasPrefix("//") else { return nil }
        var path = String(destination.prefix { $0 != "#" && $0 != "?" }.dropFirst())
        path = path.removingPercentEncoding ?? path
        let base = String(graph.config.basePath.dropFirst())
        if !base.isEmpty, path.hasPrefix(base) { path = String(path.dropFirst(base.count)) }
        let files = path.isEmpty || path.hasSuffix("/") ? [path + "index.html"] : [path, path + "/index.html"]
        guard !files.contains(where: outputPaths.contains) else { return nil }
        // Pages are suggested for links, files for images and attachments.
        let isPage = { (path: String) in path.hasSuffix(".html") }
        let candidates =
            what == "link"
            ? outputPaths.filter(isPage).map { "/" + ($0.hasSuffix("index.html") ? String($0.dropLast(10)) : $0) }
            : outputPaths.filter { !isPage($0) }.map { "/" + $0 }
        let fallbacks = [
            "link": "Link to an existing page, such as /\(graph.config.section(.doetank).path)/.",
            "image": "Put the image in static/img/ and write its path from the site's root, such as /img/naam.jpg.",
        ]
        let hint =
            Suggestion.hint(for: "/" + path, in: candidates) ?? fallbacks[what]
            ?? "Put the file in static/ and write its path from the site's root, such as /bestanden/naam.pdf."
        return Diagnostic(
            file: file, line: line, column: column,
            message: "the \(what) \(destination) leads to nothing on this site", hint: hint)
    }
}
