import Foundation

/// A generated Dutch portal of any size in Slimmer's format: the same
/// pages for the same seed on every machine.
public struct Corpus: Sendable {
    /// One generated content item, before it is written in a format.
    public struct Entry: Sendable {
        public var kind: String
        public var folder: String
        public var slug: String
        public var title: String
        public var summary: String
        public var date: String
        public var themes: [String]
        public var topics: [String]
        /// Front-matter lines this kind needs besides the common ones.
        public var fields: [String]
        public var body: String
    }

    public static let themes = [
        "slimmer-werken", "beleid-en-uitvoering", "publieke-waarde", "samenwerken-over-grenzen", "opschalen",
    ]
    public static let topics = [
        "maatschappelijke-impact", "rekenkamermethodiek", "financien", "verantwoording", "dienstverlening", "burgers",
        "regeldruk", "silos-doorbreken", "ketensamenwerking", "experimenteren", "talent-op-de-werkvloer",
        "bestuurlijk-draagvlak", "leren-en-onderwijs", "netwerk", "jeugdzorg",
    ]

    public let entries: [Entry]

    /// `pages` items, about `words` words each.
    public init(pages: Int, words: Int = 1_100, seed: UInt64 = 2026) {
        var text = DutchText(random: SplitMix64(seed: seed))
        let counts = Self.split(pages)
        var entries: [Entry] = []
        let doetanks = (0..<counts.doetanks).map { "doetank-\($0)" }
        let cases = (0..<counts.cases).map { "casus-\($0)" }
        func links() -> [String] {
            [doetanks.randomElement(using: &text.random).map { "../doetanks/\($0).md" }].compactMap { $0 }
        }
        for (kind, folder, count) in [
            ("doetank", "doetanks", counts.doetanks), ("case", "cases", counts.cases),
            ("event", "events", counts.events), ("outcome", "outcomes", counts.outcomes),
            ("page", "pages", counts.pages),
        ] {
            for index in 0..<count {
                let slug = kind == "doetank" ? doetanks[index] : kind == "case" ? cases[index] : "\(kind)-\(index)"
                let day = index % 28 + 1
                let month = index / 28 % 12 + 1
                let date = String(format: "20%02d-%02d-%02d", 20 + index / 336 % 8, month, day)
                var fields: [String] = []
                switch kind {
                case "doetank":
                    fields = ["status: \(["active", "completed", "paused"][index % 3])", "started: \(date)"]
                case "case": fields = ["doetank: \(doetanks.randomElement(using: &text.random)!)", "date: \(date)"]
                case "event":
                    fields = [
                        "kind: \(["netwerkcafe", "grand-cafe", "doetank-session", "other"][index % 4])",
                        "start: \(date)T14:00", "end: \(date)T17:00",
                        "location: { name: Stadskantoor, city: \(["Utrecht", "Zwolle", "Den Haag"][index % 3]) }",
                        "doetanks: [\(doetanks.randomElement(using: &text.random)!)]",
                    ]
                case "outcome":
                    fields = [
                        "kind: \(["method", "tool", "report", "advice", "pilot"][index % 5])", "date: \(date)",
                        "doetank: \(doetanks.randomElement(using: &text.random)!)",
                        "cases: [\(cases.randomElement(using: &text.random)!)]",
                        "adoptedBy:\n  - { organisation: Gemeente \(text.title()), date: \(date) }",
                    ]
                default: break
                }
                let themeCount = Int.random(in: 1...2, using: &text.random)
                entries.append(
                    Entry(
                        kind: kind, folder: folder, slug: slug, title: text.title() + " \(index)",
                        summary: text.sentence(), date: date,
                        themes: Array(Self.themes.shuffled(using: &text.random).prefix(themeCount)),
                        topics: Array(Self.topics.shuffled(using: &text.random).prefix(2)), fields: fields,
                        body: text.body(words: words, links: links())))
            }
        }
        self.entries = entries
    }

    /// How many items of each kind a corpus of `pages` items has.
    static func split(_ pages: Int) -> (doetanks: Int, cases: Int, events: Int, outcomes: Int, pages: Int) {
        let doetanks = max(1, pages / 10)
        let cases = max(1, pages / 4)
        let events = pages / 4
        let outcomes = pages * 3 / 10
        return (doetanks, cases, events, outcomes, max(0, pages - doetanks - cases - events - outcomes))
    }

    /// The corpus as a Slimmer site: content files plus a site.yml that
    /// declares its themes and topics; the theme is copied by the caller.
    public func slimmerFiles() -> [String: String] {
        var files: [String: String] = [
            "site.yml": Self.siteYAML, "content/_index.md": "---\ntitle: Corpus\n---\nWelkom.\n",
        ]
        for entry in entries {
            var lines = ["---", "title: \"\(entry.title)\"", "summary: \"\(entry.summary)\""]
            if entry.kind != "page" { lines.append("themes: [\(entry.themes.joined(separator: ", "))]") }
            lines.append("topics: [\(entry.topics.joined(separator: ", "))]")
            lines += entry.fields
            lines.append("---")
            files["content/\(entry.folder)/\(entry.slug).md"] = lines.joined(separator: "\n") + "\n" + entry.body
        }
        return files
    }

    static var siteYAML: String {
        let terms = { (slugs: [String]) in
            slugs.map {
                "  - { slug: \($0), label: \"\($0.replacingOccurrences(of: "-", with: " ").capitalized)\", description: Beschrijving. }"
            }
            .joined(separator: "\n")
        }
        return """
            title: Slimmernetwerk-corpus
            baseURL: https://example.org/
            language: nl
            timeZone: Europe/Amsterdam
            theme: slimmer
            pageSize: 10
            themes:
            \(terms(themes))
            topics:
            \(terms(topics))
            menu:
              - { label: Doetanks, url: /doetanks/ }
              - { label: Bijeenkomsten, url: /bijeenkomsten/ }

            """
    }

    /// Writes `files` under `root`, creating folders.
    public static func write(_ files: [String: String], to root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
