import Foundation
import SlimmerTemplates

/// Small contexts for the default theme's templates, shaped as
/// themes/slimmer/README.md describes, with text that needs escaping.
enum ThemeFixture {
    /// `themes/slimmer` of this repository.
    static let themeFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes/slimmer")

    /// Every `.mustache` file under `templates/`: name (path without the extension) → source.
    static func templateSources(in folder: URL = themeFolder.appendingPathComponent("templates")) -> [String: String] {
        var sources: [String: String] = [:]
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "mustache" else { continue }
            let relative = file.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)
            sources[String(relative.dropLast(".mustache".count))] = try? String(contentsOf: file, encoding: .utf8)
        }
        return sources
    }

    /// The flat `key: value` entries of the theme's Dutch translation table.
    static func translations() -> TemplateValue {
        let text = (try? String(contentsOf: themeFolder.appendingPathComponent("i18n/nl.yml"), encoding: .utf8)) ?? ""
        var table: [String: TemplateValue] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix(" ") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("[") { continue }
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            table[String(line[..<colon])] = .string(value)
        }
        return .object(TemplateObject(table))
    }

    static func common(kind: String, title: String) -> [String: TemplateValue] {
        [
            "site": [
                "title": "Slimmer & Co", "tagline": "Samen <slimmer> werken",
                "description": "Een \"netwerk\" van ambtenaren",
                "baseURL": "https://example.org/", "language": "nl",
                "partners": [["name": "Kennisland", "url": "https://www.kennisland.nl/"], ["name": "BZK"]],
            ],
            "t": translations(),
            "menu": [
                ["label": "Doetanks", "url": "/doetanks/", "current": .bool(kind == "doetank")],
                ["label": "Thema's", "url": "/themas/", "current": .bool(kind == "term")],
            ],
            "pagesMenu": [["label": "Over ons", "url": "/over/"]],
            "sections": .object(
                TemplateObject(
                    Dictionary(
                        uniqueKeysWithValues: ["doetanks", "cases", "events", "outcomes", "themes", "topics", "search"]
                            .map {
                                ($0, ["label": .string($0.capitalized), "url": .string("/\($0)/")] as TemplateValue)
                            }))),
            "page": [
                "title": .string(title), "url": "/x/", "canonical": "https://example.org/x/", "kind": .string(kind),
            ],
            "assets": ["css": "/css/style.css"],
            "root": "/",
        ]
    }

    static func date(_ day: Int, _ month: String) -> TemplateValue {
        [
            "iso": .string("2026-03-\(day)"), "display": .string("\(day) \(month) 2026"), "day": .int(day),
            "month": .string(month), "monthShort": .string(String(month.prefix(3))), "year": 2026,
        ]
    }

    static func term(_ label: String, description: String? = nil) -> TemplateValue {
        var fields: [String: TemplateValue] = ["label": .string(label), "url": "/themas/x/", "slug": "x", "count": 3]
        fields["description"] = description.map(TemplateValue.string)
        return .object(TemplateObject(fields))
    }

    static func card(_ title: String, kind: String = "doetank", themes: [TemplateValue] = []) -> TemplateValue {
        [
            "title": .string(title), "url": "/c/", "summary": "Over <dit> & dat", "kind": .string(kind),
            "kindLabel": "Doetank", "status": ["value": "active", "label": "Actief"], "themes": .list(themes),
            "example": false,
        ]
    }

    static func event(_ title: String, day: Int) -> TemplateValue {
        [
            "title": .string(title), "url": "/e/", "kind": "event", "kindLabel": "Bijeenkomst",
            "date": date(day, "maart"),
            "when": "12 maart, 14:00", "place": "Zwolle",
            "eventKind": ["value": "netwerkcafe", "label": "Netwerkcafé"],
            "themes": [], "example": true,
        ]
    }

    static func home() -> TemplateValue {
        var view = common(kind: "home", title: "Home")
        view["intro"] = "<p>Welkom</p>"
        view["hasUpcomingEvents"] = true
        view["upcomingEvents"] = [event("Café", day: 12), event("Sessie", day: 19)]
        view["hasActiveDoetanks"] = true
        view["activeDoetanks"] = [
            card("Rekenkamer", themes: [term("Publieke waarde"), term("Uitvoering")]), card("Loketten"),
        ]
        view["hasLatestOutcomes"] = false
        view["latestOutcomes"] = []
        view["themes"] = [term("Publieke waarde", description: "Wat het oplevert"), term("Uitvoering"), term("Data")]
        return .object(TemplateObject(view))
    }

    static func doetank() -> TemplateValue {
        var view = common(kind: "doetank", title: "Rekenkamer")
        view["item"] = [
            "kind": "doetank", "kindLabel": "Doetank", "title": "Maatschappelijke <Rekenkamer>",
            "summary": "Toetst beleid", "url": "/doetanks/rekenkamer/", "slug": "rekenkamer",
            "html": "<h2 id=\"a\">Aanpak</h2>\n<p>Tekst</p>",
            "toc": [
                ["level": 2, "text": "Aanpak", "anchor": "a"], ["level": 3, "text": "Stap één", "anchor": "b"],
                ["level": 2, "text": "Slot", "anchor": "c"],
            ],
            "hasToc": true, "themes": [term("Publieke waarde", description: "Wat \"het\" oplevert")],
            "topics": [term("Financiën"), term("Burgers")], "hasTerms": true, "example": true,
            "status": ["value": "active", "label": "Actief"], "started": date(20, "januari"), "coach": "Anna",
            "members": [["name": "Bram", "organisation": "Gemeente Zwolle", "role": "analist"], ["name": "Cas"]],
            "hasMembers": true, "organisations": ["Gemeente Zwolle", "Humanitas"],
            "image": ["src": "/img/a.png", "alt": "Foto"], "contact": "a@example.org",
            "cases": [card("Schuldhulp", kind: "case")], "hasCases": true, "upcomingEvents": [],
            "hasUpcomingEvents": false, "pastEvents": [event("Café", day: 12)], "hasPastEvents": true, "outcomes": [],
            "hasOutcomes": false,
        ]
        return .object(TemplateObject(view))
    }

    static func termPage() -> TemplateValue {
        var view = common(kind: "term", title: "Publieke waarde")
        view["term"] = [
            "label": "Publieke waarde", "url": "/themas/publieke-waarde/", "slug": "publieke-waarde",
            "description": "Wat het oplevert", "taxonomyLabel": "Thema's", "taxonomyURL": "/themas/",
        ]
        view["groups"] = [
            ["label": "Doetanks", "items": [card("Rekenkamer"), card("Loketten")]],
            ["label": "Casussen", "items": [card("Schuldhulp", kind: "case")]],
        ]
        view["pagination"] = [
            "isPaginated": true, "current": 2, "total": 3, "hasPrev": true, "prevURL": "/themas/publieke-waarde/",
            "hasNext": true, "nextURL": "/themas/publieke-waarde/pagina/3/",
            "pages": [
                ["number": 1, "url": "/p/1/", "current": false], ["number": 2, "url": "/p/2/", "current": true],
                ["number": 3, "url": "/p/3/", "current": false],
            ],
        ]
        return .object(TemplateObject(view))
    }
}
