import SlimmerTemplates

extension TemplateValue {
    /// The view models are built as dictionaries; they are turned into typed
    /// values once per page, so that rendering itself never casts.
    init(converting value: Any) {
        switch value {
        case let value as TemplateValue: self = value
        case let values as [TemplateValue]: self = .list(values)
        case let text as String: self = .string(text)
        case let flag as Bool: self = .bool(flag)
        case let number as Int: self = .int(number)
        case let object as [String: Any]: self = .object(object.mapValues(TemplateValue.init(converting:)))
        case let texts as [String]: self = .list(texts.map(TemplateValue.string))
        case let objects as [[String: Any]]:
            self = .list(objects.map { .object($0.mapValues(TemplateValue.init(converting:))) })
        case let list as [Any]: self = .list(list.map(TemplateValue.init(converting:)))
        default: self = .null
        }
    }
}
