/// An entry of the main menu.
public struct MenuEntry: Sendable, Hashable {
    public var label: String
    /// Root-relative (`/doetanks/`) or absolute URL.
    public var url: String

    public init(label: String, url: String) {
        self.label = label
        self.url = url
    }
}
