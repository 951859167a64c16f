import Foundation
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
        let zoneName = reader.string("timeZone")
        var timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        if let zoneName {
            if let zone = TimeZone(identifier: zoneName.value) {
                timeZone = zone
            } else {
                reader.error(
                    "unknown time zone \"\(zoneName.value)\"", at: nil,
                    hint: "Use a name from the IANA time zone database, such as Europe/Amsterdam.")
            }
        }
        var baseURL = reader.string("baseURL", required: true, example: "https://slimmernetwerk.nl/")?.value ?? "/"
        if !baseURL.hasSuffix("/") { baseURL += "/" }
        let pageSize = reader.integer("pageSize") ?? 10
        return SiteConfig(
            title: reader.string("title", required: true, example: "Slimmernetwerk")?.value ?? "",
            tagline: reader.string("tagline")?.value ?? "",
            description: reader.string("description")?.value ?? "",
            baseURL: baseURL,
            language: reader.string("language")?.value ?? "nl",
            timeZone: timeZone,
            theme: reader.string("theme")?.value ?? "slimmer",
            pageSize: max(1, pageSize),
            unsafeHTML: reader.nested("markdown").map { markdown in
                defer { markdown.finish() }
                return markdown.bool("unsafeHTML")
            } ?? false,
            sections: readSections(reader),
            themes: readTerms("themes", reader),
            topics: readTerms("topics", reader),
            menu: reader.nestedList("menu").compactMap { entry in
                defer { entry.finish() }
                guard let label = entry.string("label", required: true), let url = entry.string("url", required: true)
                else { return nil }
                return MenuEntry(label: label.value, url: url.value)
            },
            partners: reader.nestedList("partners").compactMap { entry in
                defer { entry.finish() }
                guard let name = entry.string("name", required: true) else { return nil }
                return Partner(name: name.value, url: entry.url("url"))
            })
    }

    private static func readSections(_ reader: FieldReader) -> [Section.Key: Section] {
        guard let sections = reader.nested("sections") else { return [:] }
        var result: [Section.Key: Section] = [:]
        for key in Section.Key.allCases {
            guard let entry = sections.nested(key.rawValue) else { continue }
            let path = entry.string("path")?.value ?? key.fallback.path
            result[key] = Section(path: path, label: entry.string("label")?.value ?? key.fallback.label)
            entry.finish()
        }
        sections.finish()
        return result
    }

    private static func readTerms(_ key: String, _ reader: FieldReader) -> [Term] {
        var seen: Set<String> = []
        return reader.nestedList(key).compactMap { entry in
            defer { entry.finish() }
            guard let slug = entry.string("slug", required: true), let label = entry.string("label", required: true)
            else { return nil }
            guard seen.insert(slug.value).inserted else {
                entry.error("\(key) slug \"\(slug.value)\" is declared twice", at: nil, hint: "Keep one of them.")
                return nil
            }
            return Term(slug: slug.value, label: label.value, description: entry.string("description")?.value ?? "")
        }
    }
}
