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

    public init(strings: [String: String], months: [String]) {
        self.strings = strings
        self.months = months
    }

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
        guard let node = try? Yams.compose(yaml: text), let mapping = node.mapping else {
            return (empty, [Diagnostic(file: file, line: 1, message: "the translation table is not valid YAML")])
        }
        var strings: [String: String] = [:]
        var months: [String] = []
        for (key, value) in mapping {
            guard let key = key.string else { continue }
            if let scalar = value.scalar {
                strings[key] = scalar.string
            } else if key == "months", let list = value.sequence {
                months = list.compactMap(\.string)
            }
        }
        guard months.count == 12 else {
            return (
                Translations(strings: strings, months: []),
                [Diagnostic(file: file, message: "\"months\" must list the twelve month names")]
            )
        }
        return (Translations(strings: strings, months: months), [])
    }
}
