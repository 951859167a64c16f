/// The concrete case a Doetank works on. Named `CaseStudy` because `case` is
/// a Swift keyword; the folder and the kind are still `cases` and `case`.
public struct CaseStudy: Sendable {
    public var doetank: Located<String>
    public var status: Status?
    public var organisations: [String]
    public var date: DateValue?
}
