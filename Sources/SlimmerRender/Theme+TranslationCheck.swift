import SlimmerContent
import SlimmerTemplates

extension Theme {
    /// Every `{{t.key}}` in a template whose key the translation table lacks:
    /// Mustache would silently print nothing, so the build names it instead.
    static func missingTranslations(in template: Template, file: String, translations: Translations) -> [Diagnostic] {
        var reported: Set<String> = []
        return template.names(withPrefix: "t.").compactMap { name, line, column in
            let key = String(name.dropFirst(2))
            guard translations.strings[key] == nil, key != "months", key != "monthsShort",
                reported.insert("\(key)@\(line)").inserted
            else { return nil }
            return Diagnostic(
                file: file, line: line, column: column,
                message: "the translation \"\(key)\" is missing from the theme's translation table",
                hint: "Add `\(key): …` to the theme's i18n file.")
        }
    }
}
