/// A method, tool, report, advice or pilot that a Doetank produced.
public struct Outcome: Sendable {
    /// The kinds of outcome.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case method
        case tool
        case report
        case advice
        case pilot
    }

    /// An organisation that took the outcome into use: scaling up is the hard
    /// part, so who adopted what is first-class data.
    public struct Adoption: Sendable, Hashable {
        public var organisation: String
        public var date: DateValue?
        public var note: String?
    }

    /// A file that belongs to the outcome, under `static/`.
    public struct Attachment: Sendable, Hashable {
        public var file: Located<String>
        public var title: String
    }

    public var outcomeKind: Kind
    public var date: DateValue
    public var doetank: Located<String>
    public var cases: [Located<String>]
    public var adoptedBy: [Adoption]
    public var attachments: [Attachment]
}
