import SlimmerContent

extension Theme {
    /// Every `{{t.key}}` in a template whose key the translation table lacks:
    /// Mustache would silently print nothing, so the build names it instead.
    static func missingTranslations(in text: String, file: String, translations: Translations) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                var tag = rest[open.upperBound...].drop { "#^&{ ".contains($0) }
                defer { rest = rest[open.upperBound...] }
                // A closing tag repeats its opening tag's name: report that once.
                guard tag.hasPrefix("t.") else { continue }
                tag = tag.dropFirst(2)
                let key = String(tag.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                guard !key.isEmpty, translations.strings[key] == nil, key != "months", key != "monthsShort" else {
                    continue
                }
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                diagnostics.append(
                    Diagnostic(
                        file: file, line: number + 1, column: column,
                        message: "the translation \"\(key)\" is missing from the theme's translation table",
                        hint: "Add `\(key): …` to the theme's i18n file."))
            }
        }
        return diagnostics
    }
}
