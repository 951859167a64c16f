/// A plain page such as "about" or "contact", published at `/<slug>/`.
public struct Page: Sendable {
    /// Position in the menu; nil keeps the page out of it.
    public var menu: Int?
}
