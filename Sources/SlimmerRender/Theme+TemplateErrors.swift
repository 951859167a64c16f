import Mustache

extension Theme {
    /// swift-mustache's parser errors in words a theme author understands.
    static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/…}} does not match the section it closes"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section {{#…}} or {{^…}} is never closed"
        case .invalidSetDelimiter: return "a delimiter change {{=…=}} is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "only blocks {{$…}} may stand inside {{<…}}"
        case .textInsideInheritSection: return "text stands inside {{<…}} outside any block {{$…}}"
        case .invalidConfigVariableSyntax: return "a configuration tag {{%…}} is malformed"
        case .unrecognisedConfigVariable: return "a configuration tag {{%…}} names an unknown setting"
        }
    }
}
