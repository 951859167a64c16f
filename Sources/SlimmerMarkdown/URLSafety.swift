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
        guard dangerousSchemes.contains(where: { prefix.starts(with: $0.utf8) }) else {
            return false
        }
        return !safeDataPrefixes.contains(where: { prefix.starts(with: $0.utf8) })
    }

    /// Returns `url` unless it is dangerous, in which case the empty string.
    static func neutralised(_ url: String) -> String {
        isDangerous(url) ? "" : url
    }

    /// The start of `url` as a browser reads its scheme, lowercased.
    ///
    /// Browsers skip leading spaces and control characters and ignore tabs and
    /// newlines anywhere, so `" java\tscript:"` still runs script. Bytes, not
    /// characters: the schemes are ASCII, and a body has thousands of links.
    private static func schemePrefix(of url: String) -> [UInt8] {
        var prefix: [UInt8] = []
        prefix.reserveCapacity(16)
        for byte in url.utf8 {
            if prefix.isEmpty && byte <= 0x20 { continue }
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            prefix.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            if prefix.count == 16 { break }
        }
        return prefix
    }
}
