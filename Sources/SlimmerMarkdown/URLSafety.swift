/// Recognises link destinations that would run code when clicked.
///
/// Mirrors the list cmark uses in its own safe mode. We cannot use that mode
/// because it would also drop the HTML of our heading blocks.
enum URLSafety {
    private static let dangerousSchemes = ["javascript:", "vbscript:", "file:", "data:"]

    /// Data URLs for raster images cannot carry script, so pages may inline them.
    private static let safeDataPrefixes = [
        "data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp",
    ]

    /// Whether `url` must not reach the page as a link or image source.
    static func isDangerous(_ url: String) -> Bool {
        let prefix = schemePrefix(of: url)
        guard dangerousSchemes.contains(where: { prefix.hasPrefix($0) }) else {
            return false
        }
        return !safeDataPrefixes.contains(where: { prefix.hasPrefix($0) })
    }

    /// Returns `url` unless it is dangerous, in which case the empty string.
    static func neutralised(_ url: String) -> String {
        isDangerous(url) ? "" : url
    }

    /// The start of `url` as a browser reads its scheme.
    ///
    /// Browsers skip leading spaces and control characters and ignore tabs and
    /// newlines anywhere, so `" java\tscript:"` still runs script.
    private static func schemePrefix(of url: String) -> String {
        let scalars = url.unicodeScalars
            .drop(while: { $0.value <= 0x20 })
            .filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            .prefix(32)
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars)
        return String(prefix).lowercased()
    }
}
