/// The media type the preview server sends for a file, chosen by its extension.
enum ContentType {
    /// The `Content-Type` of an HTML page; only these get live reload and the overlay.
    static let html = "text/html; charset=utf-8"
    /// The `Content-Type` of plain-text answers (the fallback 404 page, errors).
    static let plainText = "text/plain; charset=utf-8"
    /// The `Content-Type` of the live-reload event stream.
    static let eventStream = "text/event-stream"
    /// The `Content-Type` of anything with an unknown extension.
    static let fallback = "application/octet-stream"

    /// The `Content-Type` for an output path (`css/site.css` → `text/css; charset=utf-8`).
    static func forPath(_ path: some StringProtocol) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        let fileExtension = name[name.index(after: dot)...].lowercased()
        return byExtension[fileExtension] ?? fallback
    }

    private static let byExtension: [String: String] = [
        "html": html,
        "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json",
        "map": "application/json",
        "webmanifest": "application/manifest+json",
        "xml": "application/xml; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "pdf": "application/pdf",
        "txt": plainText,
        "ics": "text/calendar; charset=utf-8",
        "woff": "font/woff",
        "woff2": "font/woff2",
    ]
}
