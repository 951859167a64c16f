/// An organisation behind the network, listed in the site's footer.
public struct Partner: Sendable, Hashable {
    public var name: String
    /// Its web site, if it should be linked.
    public var url: String?

    public init(name: String, url: String? = nil) {
        self.name = name
        self.url = url
    }
}
