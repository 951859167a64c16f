import SlimmerContent
import SlimmerRender

/// The panel that covers a preview page while the last build failed.
///
/// It is generated for each response from the site's current diagnostics and
/// never stored in the site's files, so the first page served after a clean
/// build has none. Everything it shows from the diagnostics is HTML-escaped.
enum ErrorOverlay {
    /// The overlay's `id`; the live-reload script looks for it.
    static let elementID = "slimmer-overlay"

    /// The overlay for these diagnostics, or nil when none of them is an error.
    static func html(for diagnostics: [Diagnostic]) -> String? {
        guard diagnostics.hasErrors else { return nil }
        let sorted = diagnostics.sorted { lhs, rhs in
            lhs.severity == rhs.severity ? lhs < rhs : lhs.severity > rhs.severity
        }
        let errorCount = diagnostics.count(where: { $0.severity == .error })
        let summary = errorCount == 1 ? "1 error" : "\(errorCount) errors"
        let items = sorted.map(item).joined()
        return "<div id=\"\(elementID)\" role=\"alert\" style=\"\(Style.panel)\">"
            + "<h2 style=\"\(Style.heading)\">Build failed</h2>"
            + "<p style=\"\(Style.text)\">\(summary). The page below is the last good build; "
            + "it reloads by itself when the problems are fixed.</p>"
            + "<ul style=\"\(Style.list)\">\(items)</ul></div>"
    }

    private static func item(_ diagnostic: Diagnostic) -> String {
        var html = "<li style=\"\(Style.item)\"><code style=\"\(Style.code)\">"
        html += MarkupEscaping.escape(diagnostic.location) + "</code> <strong style=\"\(Style.severity)\">"
        html += diagnostic.severity.rawValue + "</strong> " + MarkupEscaping.escape(diagnostic.message)
        if let hint = diagnostic.hint {
            html += "<br><span style=\"\(Style.hint)\">" + MarkupEscaping.escape(hint) + "</span>"
        }
        return html + "</li>"
    }

    /// Inline styles, so the site's own stylesheets neither hide nor restyle the
    /// overlay. Near-black on white (contrast above 15:1), dark red accents (above 7:1).
    private enum Style {
        static let panel =
            "all:initial;display:block;position:fixed;top:0;left:0;right:0;z-index:2147483647;"
            + "max-height:60vh;overflow:auto;box-sizing:border-box;padding:16px 24px;"
            + "background:#fff;color:#1a1a1a;border-bottom:4px solid #a4000f;"
            + "box-shadow:0 4px 16px rgba(0,0,0,.3);font:16px/1.5 system-ui,sans-serif;text-align:left"
        static let heading = "margin:0 0 8px;font:700 22px/1.3 system-ui,sans-serif;color:#a4000f"
        static let text = "margin:0 0 8px;color:#1a1a1a"
        static let list = "margin:0;padding:0 0 0 20px;color:#1a1a1a"
        static let item = "margin:0 0 8px;color:#1a1a1a"
        static let code = "font:15px/1.5 ui-monospace,monospace;color:#1a1a1a;background:#f1f1f1;padding:0 4px"
        static let severity = "color:#a4000f;font-weight:700"
        static let hint = "color:#333"
    }
}
