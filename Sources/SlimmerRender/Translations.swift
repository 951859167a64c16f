import Foundation
import SlimmerContent
import Yams

/// A theme's interface strings for one language (`i18n/nl.yml`): flat keys,
/// plus the month names used to write dates.
public struct Translations: Sendable {
    /// Interface strings by key.
    public let strings: [String: String]
    /// January to December.
    public let months: [String]
    /// Abbreviated month names; the full names when the table has none.
    public let monthsShort: [String]

    public init(strings: [String: String], months: [String], monthsShort: [String]? = nil) {
        self.strings = strings
        self.months = months
        self.monthsShort = monthsShort ?? months
    }

    /// The keys the renderer itself reads, besides those templates use.
    public static let rendererKeys: [String] = {
        let kinds = ["Doetank", "Case", "Event", "Outcome", "Page"]
        return kinds.map { "kind\($0)" } + kinds.map { "kind\($0)Plural" }
            + ["statusActive", "statusCompleted", "statusPaused"]
            + ["eventNetwerkcafe", "eventGrandCafe", "eventDoetankSession", "eventOther"]
            + ["outcomeMethod", "outcomeTool", "outcomeReport", "outcomeAdvice", "outcomePilot"]
            + kinds.dropLast().map { "intro\($0)Plural" }
            + ["introThemes", "introTopics", "online", "notFoundTitle", "taxonomyTheme", "taxonomyTopic"]
            + ["calendarMoreInfo"]
    }()

    /// The string for `key`, or the key itself so that a missing translation
    /// shows up on the page instead of leaving a hole.
    public subscript(key: String) -> String {
        strings[key] ?? key
    }

    static func load(file: String, fileSystem: FileSystem) -> (Translations, [Diagnostic]) {
        let empty = Translations(strings: [:], months: [])
        guard let data = try? fileSystem.contents(of: file) else {
            return (
                empty,
                [Diagnostic(file: file, message: "the translation table is missing", hint: "Add it to the theme.")]
            )
        }
        let text = String(decoding: data, as: UTF8.self)
        let (parsed, problems) = YAMLDocument.mapping(text, file: file)
        guard let mapping = parsed else { return (empty, problems) }
        var strings: [String: String] = [:]
        var lists: [String: [String]] = [:]
        for (key, value) in mapping {
            guard let key = key.string else { continue }
            if let scalar = value.scalar {
                strings[key] = scalar.string
            } else if let list = value.sequence {
                lists[key] = list.compactMap(\.string)
            }
        }
        var diagnostics: [Diagnostic] = []
        for key in ["months", "monthsShort"] where lists[key] != nil && lists[key]?.count != 12 {
            diagnostics.append(Diagnostic(file: file, message: "\"\(key)\" must list twelve month names"))
        }
        if lists["months"] == nil {
            diagnostics.append(
                Diagnostic(file: file, message: "\"months\" is missing", hint: "Add the twelve month names."))
        }
        for key in rendererKeys where strings[key] == nil {
            diagnostics.append(
                Diagnostic(
                    file: file, message: "the translation \"\(key)\" is missing", hint: "Add a line `\(key): …`."))
        }
        let months = lists["months"]?.count == 12 ? lists["months"]! : []
        let short = lists["monthsShort"]?.count == 12 ? lists["monthsShort"] : nil
        return (Translations(strings: strings, months: months, monthsShort: short), diagnostics)
    }
}
