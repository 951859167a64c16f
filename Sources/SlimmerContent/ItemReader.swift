import Foundation
import SlimmerMarkdown
import Yams

/// Turns one content file into an `Item`, reporting every problem in it.
struct ItemReader {
    let config: SiteConfig

    /// The item in `text`, or nil when its required fields are missing; the
    /// diagnostics list every problem found either way.
    func read(file: String, kind: ContentKind, text: String) -> (Item?, [Diagnostic]) {
        let collector = DiagnosticCollector()
        let frontMatter: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let split):
            frontMatter = split
        case .failure(.missingOpening):
            let hint = "Start the file with a line `---`, the fields (at least `title:`), and another `---` line."
            return (
                nil, [Diagnostic(file: file, line: 1, column: 1, message: "the file has no front matter", hint: hint)]
            )
        case .failure(.missingClosing(let line)):
            let hint = "Add a line `---` after the last field, before the text."
            return (
                nil,
                [Diagnostic(file: file, line: line, column: 1, message: "the front matter is not closed", hint: hint)]
            )
        }
        guard
            let mapping = YAMLDocument.mapping(
                frontMatter.yaml, file: file, lineOffset: frontMatter.yamlFirstLine, collector: collector)
        else { return (nil, collector.diagnostics) }
        let fields = FieldReader(
            mapping: mapping, file: file, lineOffset: frontMatter.yamlFirstLine, timeZone: config.timeZone,
            collector: collector, position: (max(1, frontMatter.yamlFirstLine - 1), 1))
        let item = readItem(fields, kind: kind, frontMatter: frontMatter)
        fields.finish()
        return (item, collector.diagnostics)
    }

    private func readItem(_ fields: FieldReader, kind: ContentKind, frontMatter: FrontMatter) -> Item? {
        let title = fields.string("title", required: true, example: "Mijn titel")
        let summaryRequired = kind != .page
        let summary = fields.string("summary", required: summaryRequired, example: "Eén of twee zinnen.")
        let slug = readSlug(fields)
        let common = (
            themes: fields.strings("themes", required: kind != .page, example: config.themes.first?.slug),
            topics: fields.strings("topics"),
            draft: fields.bool("draft"),
            example: fields.bool("example"),
            publishDate: fields.date("publishDate"),
            expiryDate: fields.date("expiryDate")
        )
        if let publish = common.publishDate, let expiry = common.expiryDate, expiry.value <= publish.value {
            fields.report(
                "\"expiryDate\" is not after \"publishDate\", so the item would never be shown", at: expiry,
                hint: "Check both dates.")
        }
        let details = readDetails(fields, kind: kind)
        // An item with missing fields is still returned, so that the link step
        // checks its references too; the errors already stop the build.
        guard let details, let slug else { return nil }
        return Item(
            slug: slug, file: fields.file, title: title?.value ?? "", summary: summary?.value ?? "",
            themes: common.themes, topics: common.topics, draft: common.draft, example: common.example,
            publishDate: common.publishDate?.value, expiryDate: common.expiryDate?.value,
            body: frontMatter.body, bodyFirstLine: frontMatter.bodyFirstLine,
            frontMatterHash: frontMatter.yaml.hashValue, details: details)
    }

    /// The `slug:` field, or the file name, folded to a URL-safe slug.
    private func readSlug(_ fields: FieldReader) -> String? {
        if let written = fields.string("slug") {
            let folded = Slug.make(written.value)
            if folded.isEmpty || folded != written.value {
                let hint = folded.isEmpty ? "Use letters, digits and hyphens." : "Write `slug: \(folded)`."
                fields.report(
                    "slug \"\(written.value)\" is not URL-safe: use lowercase letters, digits and hyphens",
                    at: written, hint: hint)
                return nil
            }
            guard written.value.utf8.count <= Self.maximumSlugLength else {
                fields.report(
                    "slug is longer than \(Self.maximumSlugLength) characters", at: written,
                    hint: "Use a shorter slug: it becomes a folder name and part of every link.")
                return nil
            }
            return written.value
        }
        let slug = Slug.make(String(Self.stem(of: fields.file)))
        if slug.isEmpty {
            fields.error(
                "the file name gives an empty slug", at: nil,
                hint: "Rename the file to a name with letters or digits, or add a `slug:` field.")
            return nil
        }
        guard slug.utf8.count <= Self.maximumSlugLength else {
            fields.error(
                "the file name gives a slug longer than \(Self.maximumSlugLength) characters", at: nil,
                hint: "Give the file a shorter name, or add a shorter `slug:` field.")
            return nil
        }
        return slug
    }

    /// Far below the 255 bytes a file system allows for a folder name.
    static let maximumSlugLength = 120

    /// The file's name without folder and extension (`casussen/a.md` gives
    /// `a`), as `NSString`'s path methods give it for these relative paths,
    /// which cost 0.5% of a build in bridging.
    static func stem(of path: String) -> Substring {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return name[..<dot]
    }

    private func readDetails(_ fields: FieldReader, kind: ContentKind) -> ItemDetails? {
        switch kind {
        case .doetank: .doetank(readDoetank(fields))
        case .case: readCase(fields).map(ItemDetails.case)
        case .event: .event(readEvent(fields))
        case .outcome: readOutcome(fields).map(ItemDetails.outcome)
        case .page: .page(Page(menu: fields.integer("menu")))
        }
    }
}
