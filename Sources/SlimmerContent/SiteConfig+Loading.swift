import Foundation
import SlimmerMarkdown
import Yams

extension SiteConfig {
    /// The name of the configuration file at the site's root.
    public static let fileName = "site.yml"

    /// Reads and checks `site.yml`; returns nil only when it cannot be read at all.
    public static func load(from fileSystem: FileSystem) -> (SiteConfig?, [Diagnostic]) {
        let collector = DiagnosticCollector()
        guard let data = try? fileSystem.contents(of: fileName) else {
            let missing = Diagnostic(
                file: fileName, message: "the site has no site.yml",
                hint: "Run slimmer from the site's root folder, or pass --source with the folder that holds site.yml.")
            return (nil, [missing])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [Diagnostic(file: fileName, message: "site.yml is not UTF-8 text", hint: "Save it as UTF-8.")])
        }
        guard let mapping = YAMLDocument.mapping(text, file: fileName, lineOffset: 1, collector: collector) else {
            return (nil, collector.diagnostics)
        }
        let reader = FieldReader(
            mapping: mapping, file: fileName, lineOffset: 1, timeZone: .gmt, collector: collector,
            position: (1, 1))
        let config = read(reader)
        reader.finish()
        return (config, collector.diagnostics)
    }

    private static func read(_ reader: FieldReader) -> SiteConfig {
        var baseURL = reader.url("baseURL", required: true) ?? "https://example.org/"
        if !baseURL.hasSuffix("/") { baseURL += "/" }
        let pageSize = reader.integer("pageSize") ?? 10
        return SiteConfig(
            title: reader.string("title", required: true, example: "Slimmernetwerk")?.value ?? "",
            tagline: reader.string("tagline")?.value ?? "",
            description: reader.string("description")?.value ?? "",
            baseURL: baseURL,
            language: readName("language", reader, fallback: "nl"),
            timeZone: readTimeZone(reader),
            theme: readName("theme", reader, fallback: "slimmer"),
            pageSize: max(1, pageSize),
            unsafeHTML: reader.nested("markdown").map { markdown in
                defer { markdown.finish() }
                return markdown.bool("unsafeHTML")
            } ?? false,
            sections: readSections(reader),
            themes: readTerms("themes", reader),
            topics: readTerms("topics", reader),
            menu: readMenu(reader),
            partners: readPartners(reader))
    }

    private static func readTimeZone(_ reader: FieldReader) -> TimeZone {
        let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
        guard let name = reader.string("timeZone") else { return amsterdam }
        if let zone = TimeZone(identifier: name.value) { return zone }
        reader.report(
            "unknown time zone \"\(name.value)\"", at: name,
            hint: "Use a name from the IANA time zone database, such as Europe/Amsterdam.")
        return amsterdam
    }

    // Each group reads every field before deciding, so that finish() knows them all.

    private static func readMenu(_ reader: FieldReader) -> [MenuEntry] {
        reader.nestedList("menu").compactMap { entry in
            defer { entry.finish() }
            let label = entry.string("label", required: true, example: "Over ons")
            let url = entry.string("url", required: true, example: "/over-slimmernetwerk/")
            guard let label, let url else { return nil }
            return MenuEntry(label: label.value, url: url.value, line: url.line, column: url.column)
        }
    }

    private static func readPartners(_ reader: FieldReader) -> [Partner] {
        reader.nestedList("partners").compactMap { entry in
            defer { entry.finish() }
            let name = entry.string("name", required: true, example: "Kennisland")
            let url = entry.url("url")
            return name.map { Partner(name: $0.value, url: url) }
        }
    }

    /// Section paths become folders and URLs: each must be a slug, and unique.
    private static func readSections(_ reader: FieldReader) -> [Section.Key: Section] {
        guard let sections = reader.nested("sections") else { return [:] }
        var result: [Section.Key: Section] = [:]
        var owners: [String: Section.Key] = [:]
        for key in Section.Key.allCases {
            guard let entry = sections.nested(key.rawValue) else { continue }
            defer { entry.finish() }
            let label = entry.string("label")?.value ?? key.fallback.label
            guard let written = entry.string("path") else {
                result[key] = Section(path: key.fallback.path, label: label)
                continue
            }
            if Slug.make(written.value) != written.value {
                entry.report(
                    "the section path \"\(written.value)\" is not URL-safe", at: written,
                    hint: "Use lowercase letters, digits and hyphens, such as `path: \(Slug.make(written.value))`.")
                continue
            }
            if let other = owners[written.value] {
                entry.report(
                    "the section path \"\(written.value)\" is already used by \(other.rawValue)", at: written,
                    hint: "Give every section its own path.")
                continue
            }
            owners[written.value] = key
            result[key] = Section(path: written.value, label: label)
        }
        sections.finish()
        // A section left at its default path can still clash with one that was renamed to it.
        for key in Section.Key.allCases where result[key] == nil {
            if let other = owners[key.fallback.path], other != key {
                reader.error(
                    "the section path \"\(key.fallback.path)\" of \(other.rawValue) is also the default path of \(key.rawValue)",
                    at: nil, hint: "Give \(key.rawValue) a `path:` of its own under `sections:`.")
            }
        }
        return result
    }

    /// A name that is put into a file path (theme, language) must be a plain name.
    private static func readName(_ key: String, _ reader: FieldReader, fallback: String) -> String {
        guard let written = reader.string(key) else { return fallback }
        guard Slug.make(written.value) == written.value else {
            reader.report(
                "\"\(key)\" must be a plain name of letters, digits and hyphens, not \"\(written.value)\"",
                at: written, hint: "For example `\(key): \(fallback)`.")
            return fallback
        }
        return written.value
    }

    private static func readTerms(_ key: String, _ reader: FieldReader) -> [Term] {
        var seen: Set<String> = []
        let what = key == "themes" ? "theme" : "topic"
        return reader.nestedList(key).compactMap { entry in
            defer { entry.finish() }
            let slug = entry.string("slug", required: true, example: "publieke-waarde")
            let label = entry.string("label", required: true, example: "Publieke waarde")
            let description = entry.string("description")?.value ?? ""
            guard let slug, let label else { return nil }
            guard seen.insert(slug.value).inserted else {
                entry.report("the \(what) \"\(slug.value)\" is declared twice", at: slug, hint: "Keep one of them.")
                return nil
            }
            if Slug.make(slug.value) != slug.value {
                entry.report(
                    "the \(what) slug \"\(slug.value)\" is not URL-safe", at: slug,
                    hint: "Write `slug: \(Slug.make(slug.value))`.")
            }
            return Term(slug: slug.value, label: label.value, description: description)
        }
    }
}
