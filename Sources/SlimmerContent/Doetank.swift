/// A multidisciplinary group working on one question through a concrete case.
public struct Doetank: Sendable {
    /// A member of a Doetank.
    public struct Member: Sendable, Hashable {
        public var name: String
        public var organisation: String?
        public var role: String?
    }

    /// An image with its required alternative text.
    public struct Image: Sendable, Hashable {
        public var src: Located<String>
        public var alt: String
    }

    public var status: Status
    public var started: DateValue
    public var ended: DateValue?
    public var coach: String?
    public var members: [Member]
    public var organisations: [String]
    public var image: Image?
    public var contact: String?
}
