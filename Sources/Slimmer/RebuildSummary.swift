/// What one rebuild did, for the line the preview server prints.
public struct RebuildSummary: Sendable {
    /// The paths that changed, relative to the site's root.
    public var changed: [String]
    /// The broadest kind of change among them.
    public var kind: ChangeKind
    public var bodiesRendered: Int
    public var pagesRendered: Int
    public var duration: Duration
    public var errors: Int
    /// True when only stylesheets changed.
    public var cssOnly: Bool
    /// Each step's name and duration, in order.
    public var timings: [(step: String, duration: Duration)]

    /// `content/x.md changed: 1 body, 3 pages in 12 ms`
    public var line: String {
        let what = changed.count == 1 ? changed[0] : "\(changed.count) files"
        let ms = Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
        var text = "\(what.isEmpty ? "everything" : what) changed: "
        switch kind {
        case .none: text += "nothing to rebuild"
        case .staticFile: text += "static files copied"
        case .everything: text += "full rebuild, \(pagesRendered) pages"
        case .content:
            text +=
                "\(bodiesRendered) bod\(bodiesRendered == 1 ? "y" : "ies"), \(pagesRendered) page\(pagesRendered == 1 ? "" : "s")"
        }
        text += " in \(ms) ms"
        if errors > 0 { text += "; \(errors) error\(errors == 1 ? "" : "s")" }
        return text
    }
}
