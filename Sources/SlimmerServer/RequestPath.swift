import Foundation

/// A request target, checked and reduced to the segments of a path inside the site.
///
/// The raw path is percent-decoded exactly once. Whatever could name something
/// outside the site, or is ambiguous about it, is refused rather than repaired:
/// a `.` or `..` segment, a backslash, a control character (NUL included), a
/// path that does not start with `/`, and a `%` left after decoding (a double
/// encoding such as `%252e`). Empty segments (`//`) are dropped.
struct RequestPath: Hashable, Sendable {
    /// Why a request target was refused.
    enum Problem: Error, Hashable, Sendable {
        /// The target is longer than ``RequestPath/maximumLength`` bytes.
        case tooLong
        /// The target is not a path, or is not a safe one.
        case invalid
    }

    /// The longest request target (path and query, in bytes) that is looked at.
    static let maximumLength = 8 * 1024

    /// Decoded path segments, without empty ones.
    var segments: [String]
    /// True when the path ends with `/` (or is `/`), so it names a folder.
    var isFolder: Bool

    /// Reads a raw request path, without its query (`/doetanks/x/`).
    init(raw: some StringProtocol) throws(Problem) {
        guard raw.utf8.count <= Self.maximumLength else { throw .tooLong }
        guard raw.first == "/" else { throw .invalid }
        guard let decoded = String(raw).removingPercentEncoding else { throw .invalid }
        guard !decoded.unicodeScalars.contains(where: Self.isForbidden) else { throw .invalid }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == "." || $0 == ".." }) else { throw .invalid }
        segments = parts.map(String.init)
        isFolder = decoded.hasSuffix("/")
    }

    /// The output path this request names directly: `a/b` for `/a/b`,
    /// `a/b/index.html` for `/a/b/` and `index.html` for `/`.
    var outputPath: String {
        isFolder || segments.isEmpty ? folderIndexPath : segments.joined(separator: "/")
    }

    /// The folder's index page: `a/b/index.html`.
    var folderIndexPath: String {
        (segments + ["index.html"]).joined(separator: "/")
    }

    /// The canonical address of the folder, percent-encoded, with a trailing slash.
    var folderLocation: String {
        "/"
            + segments.map { $0.addingPercentEncoding(withAllowedCharacters: Self.segmentCharacters) ?? "" }
            .map { $0 + "/" }.joined()
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\\" || scalar == "%"
    }

    /// Characters left as they are in one segment of a path (RFC 3986 `pchar`).
    private static let segmentCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@"
    )
}
