/// A value a template reads: plain data, so that neither rendering nor
/// building a page's values needs reflection or dynamic casts (which cost
/// more than half the template step with `[String: Any]` contexts; see the
/// README's performance section).
public enum TemplateValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// Text; `{{x}}` escapes it, `{{{x}}}` does not.
    case string(String)
    case list([TemplateValue])
    case object(TemplateObject)

    /// Mustache's truthiness: false, null and empty lists are false; every
    /// other value (also an empty string and 0) is true.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .list(let items): !items.isEmpty
        default: true
        }
    }

    /// The value of `key` when this is an object.
    public subscript(key: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// The same for a key hashed before. A method, so that the stack's
    /// element is read in place: matching on a copy of it cost a retain and a
    /// release per context a name climbs through.
    @inline(__always)
    func field(_ key: TemplateKey) -> TemplateValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var object = TemplateObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
    public init(nilLiteral: ()) { self = .null }
}

extension TemplateValue {
    /// `.string` for a present text, `.null` for nil: optional fields stay absent.
    public init(_ text: String?) { self = text.map(TemplateValue.string) ?? .null }

    /// A list of texts.
    public static func strings(_ texts: [String]) -> TemplateValue { .list(texts.map(TemplateValue.string)) }
}
