import Foundation

extension Corpus {
    /// Hugo's section for each of Slimmer's content folders: the URL paths
    /// Slimmer gives them, so both sites put a page at the same address.
    /// Plain pages (`pages/`) live at the root in both.
    public static let hugoSections = [
        "doetanks": "doetanks", "cases": "casussen", "events": "bijeenkomsten", "outcomes": "opbrengsten", "pages": "",
    ]

    /// The titles of Hugo's sections, as Slimmer labels them.
    static let hugoSectionTitles = [
        "doetanks": "Doetanks", "casussen": "Casussen", "bijeenkomsten": "Bijeenkomsten", "opbrengsten": "Opbrengsten",
    ]

    /// The moment both builds treat as now, in Hugo's notation; Slimmer gets
    /// the same moment as `--now 2026-12-01T12:00` (Europe/Amsterdam).
    public static let hugoNow = "2026-12-01T12:00:00+01:00"

    /// Where `entry` lives in the Hugo site: `content/casussen/casus-1.md`,
    /// or `content/page-0.md` for a plain page.
    public static func hugoPath(of entry: Entry) -> String {
        let section = hugoSections[entry.folder] ?? entry.folder
        return section.isEmpty ? "content/\(entry.slug).md" : "content/\(section)/\(entry.slug).md"
    }

    /// The corpus as a Hugo site: `config.toml` and the content, with the same
    /// pages, taxonomies and Markdown as ``slimmerFiles()``. The layouts
    /// (`Benchmarks/hugo/layouts`) and static files are copied by the caller.
    public func hugoFiles() -> [String: String] {
        var files: [String: String] = [
            "config.toml": Self.hugoConfig,
            "content/_index.md": "---\ntitle: Corpus\n---\nWelkom.\n",
            "content/zoeken.md": "---\ntitle: Zoeken\nlayout: search\n---\n",
            "content/themes/_index.md": "---\ntitle: \"Thema's\"\n---\n",
            "content/topics/_index.md": "---\ntitle: Onderwerpen\n---\n",
        ]
        for (section, title) in Self.hugoSectionTitles {
            files["content/\(section)/_index.md"] = "---\ntitle: \(title)\n---\n"
        }
        for (taxonomy, terms) in [("themes", Self.themes), ("topics", Self.topics)] {
            for term in terms {
                files["content/\(taxonomy)/\(term)/_index.md"] =
                    "---\ntitle: \"\(Self.termLabel(term))\"\ndescription: Beschrijving.\n---\n"
            }
        }
        for entry in entries {
            files[Self.hugoPath(of: entry)] = Self.hugoFrontMatter(of: entry) + Self.hugoBody(entry.body)
        }
        return files
    }

    /// The label Slimmer's `site.yml` gives a term: `Slimmer Werken`.
    static func termLabel(_ slug: String) -> String {
        slug.replacingOccurrences(of: "-", with: " ").capitalized
    }

    /// YAML front matter with the common fields, then the kind's own fields
    /// as parameters (`kind` becomes `soort`, because Hugo has its own kinds;
    /// the kind's `date` is the common `date`).
    static func hugoFrontMatter(of entry: Entry) -> String {
        let date = entry.kind == "event" ? "\(entry.date)T14:00:00" : entry.date
        var lines = [
            "---", "title: \"\(entry.title)\"", "summary: \"\(entry.summary)\"", "date: \(date)", "draft: false",
        ]
        if entry.kind != "page" { lines.append("themes: [\(entry.themes.joined(separator: ", "))]") }
        lines.append("topics: [\(entry.topics.joined(separator: ", "))]")
        for field in entry.fields where !field.hasPrefix("date:") {
            lines.append(field.hasPrefix("kind:") ? "soort:" + field.dropFirst("kind:".count) : field)
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The body with every link to a content file (`../doetanks/x.md`)
    /// rewritten to the page's URL (`/doetanks/x/`), the address Slimmer
    /// rewrites it to; nothing else changes.
    static func hugoBody(_ body: String) -> String {
        var result = ""
        var rest = body[...]
        while let open = rest.range(of: "](../") {
            let target = rest[open.upperBound...]
            guard let close = target.firstIndex(of: ")"), let url = hugoURL(of: target[..<close]) else {
                result += rest[..<open.upperBound]
                rest = target
                continue
            }
            result += rest[..<open.lowerBound] + "](" + url
            rest = target[close...]
        }
        return result + rest
    }

    /// `/doetanks/x/` for `doetanks/x.md`; nil for anything but a content file.
    static func hugoURL(of link: Substring) -> String? {
        let parts = link.split(separator: "/")
        guard parts.count == 2, parts[1].hasSuffix(".md"), let section = hugoSections[String(parts[0])] else {
            return nil
        }
        let slug = parts[1].dropLast(3)
        return section.isEmpty ? "/\(slug)/" : "/\(section)/\(slug)/"
    }

    /// Hugo 0.111's configuration, the counterpart of ``siteYAML``: Dutch,
    /// ten items a list page, `themes` and `topics` taxonomies, the same menu.
    /// Like Slimmer it writes HTML, `sitemap.xml` and `robots.txt`; RSS is off
    /// because Slimmer has no feeds.
    static var hugoConfig: String {
        """
        baseURL = "https://example.org/"
        languageCode = "nl"
        defaultContentLanguage = "nl"
        title = "Slimmernetwerk-corpus"
        timeZone = "Europe/Amsterdam"
        disableKinds = ["RSS"]
        enableRobotsTXT = true
        buildFuture = true
        paginate = 10
        paginatePath = "pagina"

        [params]
          description = "Een gegenereerd corpus."
          now = "\(hugoNow)"

        [taxonomies]
          theme = "themes"
          topic = "topics"

        [markup.tableOfContents]
          startLevel = 2
          endLevel = 3

        [[menu.main]]
          name = "Doetanks"
          url = "/doetanks/"
          weight = 1

        [[menu.main]]
          name = "Bijeenkomsten"
          url = "/bijeenkomsten/"
          weight = 2

        """
    }
}
