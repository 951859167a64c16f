/// A netwerkcafé, a Grand Café, a Doetank session or another meeting.
public struct Event: Sendable {
    /// The kinds of event the network holds.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case netwerkcafe
        case grandCafe = "grand-cafe"
        case doetankSession = "doetank-session"
        case other
    }

    /// Where an event takes place.
    public struct Location: Sendable, Hashable {
        public var name: String
        public var address: String?
        public var city: String?
    }

    public var eventKind: Kind
    public var start: DateValue
    public var end: DateValue?
    public var location: Location?
    public var online: String?
    public var registration: String?
    public var doetanks: [Located<String>]
    public var capacity: Int?

    public init(
        eventKind: Kind, start: DateValue, end: DateValue?, location: Location?, online: String?,
        registration: String?, doetanks: [Located<String>], capacity: Int?
    ) {
        self.eventKind = eventKind
        self.start = start
        self.end = end
        self.location = location
        self.online = online
        self.registration = registration
        self.doetanks = doetanks
        self.capacity = capacity
    }
}
