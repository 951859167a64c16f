import Foundation
import SlimmerContent
import SlimmerMarkdown

/// A new content file made from the theme's archetype, for `slimmer new`.
public struct NewItem: Sendable {
    /// Path relative to the site's root: `content/doetanks/<slug>.md`.
    public var path: String
    public var text: String

    /// Why a new file cannot be made.
    public enum Failure: Error, CustomStringConvertible {
        case unknownKind(String, suggestion: String?)
        case emptySlug(String)
        case exists(String)
        case noArchetype(String)
        case invalidConfig([Diagnostic])

        public var description: String {
            switch self {
            case .unknownKind(let kind, let suggestion):
                let kinds = ContentKind.allCases.map(\.rawValue).joined(separator: ", ")
                return "unknown type \"\(kind)\": use one of \(kinds)"
                    + (suggestion.map { ". Did you mean \"\($0)\"?" } ?? "")
            case .emptySlug(let title):
                return "the title \"\(title)\" gives an empty web address: use letters or digits"
            case .exists(let path):
                return "\(path) already exists; edit that file or choose another title"
            case .noArchetype(let path): return "the theme has no archetype \(path)"
            case .invalidConfig(let diagnostics): return diagnostics.map(\.description).joined(separator: "\n")
            }
        }
    }

    /// The kind named `name`: `doetank`, `case`, `event`, `outcome` or `page`,
    /// or a folder name such as `doetanks`.
    public static func kind(named name: String) throws -> ContentKind {
        let lowered = name.lowercased()
        if let kind = ContentKind(rawValue: lowered) ?? ContentKind(folder: lowered) { return kind }
        let names = ContentKind.allCases.map(\.rawValue) + ContentKind.allCases.map(\.folder)
        throw Failure.unknownKind(name, suggestion: Suggestion.closest(to: lowered, in: names))
    }

    /// Fills the archetype for `kind` (the site's `archetypes/` first, then the theme's).
    public static func make(kind: ContentKind, title: String, fileSystem: FileSystem, now: Date) throws -> NewItem {
        let (loaded, diagnostics) = SiteConfig.load(from: fileSystem)
        guard let config = loaded, !diagnostics.hasErrors else { throw Failure.invalidConfig(diagnostics) }
        let slug = Slug.make(title)
        guard !slug.isEmpty else { throw Failure.emptySlug(title) }
        let path = "\(ContentLoader.contentFolder)/\(kind.folder)/\(slug).md"
        guard !fileSystem.fileExists(path) else { throw Failure.exists(path) }
        let candidates = ["archetypes/\(kind.rawValue).md", "themes/\(config.theme)/archetypes/\(kind.rawValue).md"]
        guard let archetype = candidates.first(where: fileSystem.fileExists),
            let data = try? fileSystem.contents(of: archetype)
        else { throw Failure.noArchetype(candidates[1]) }
        let today = DateValue(instant: now, hasTime: true, timeZone: config.timeZone)
        let doetanks = fileSystem.files(under: "\(ContentLoader.contentFolder)/\(ContentKind.doetank.folder)")
            .filter { $0.hasSuffix(".md") }.map { ($0 as NSString).lastPathComponent.dropLast(3) }
        let values = [
            "title": title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""),
            "slug": slug, "date": String(today.iso.prefix(10)), "now": String(today.iso.prefix(16)),
            "theme": config.themes.first?.slug ?? "", "doetank": doetanks.first.map(String.init) ?? "",
        ]
        var text = String(decoding: data, as: UTF8.self)
        for (key, value) in values { text = text.replacingOccurrences(of: "{{\(key)}}", with: value) }
        return NewItem(path: path, text: text)
    }
}
