/// An entry of the main menu.
public struct MenuEntry: Sendable, Hashable {
    public var label: String
    /// Root-relative (`/doetanks/`) or absolute URL.
    public var url: String
    /// Where the URL is written in site.yml, to point at it when it leads nowhere.
    public var line: Int
    public var column: Int

    public init(label: String, url: String, line: Int = 0, column: Int = 0) {
        self.label = label
        self.url = url
        self.line = line
        self.column = column
    }
}
