import Foundation

/// Content hashes in the names of stylesheets and scripts, so that browsers
/// and CDNs may cache them for ever: a changed file gets a new name, and the
/// pages that use it point to that name.
public enum Fingerprint {
    /// Extensions of the files that get a hash in their name.
    static let extensions: Set<String> = ["css", "js"]

    /// Whether the file at `path` is fingerprinted.
    public static func applies(to path: String) -> Bool {
        extensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// `css/style.css` with these contents → `css/style.1a2b3c4d5e.css`.
    public static func name(_ path: String, contents: Data) -> String {
        let ext = (path as NSString).pathExtension
        return (path as NSString).deletingPathExtension + "." + hash(contents) + "." + ext
    }

    /// The first ten hex digits of the 64-bit FNV-1a hash: not a security
    /// measure, only a name that changes whenever the contents do.
    static func hash(_ data: Data) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }
}
