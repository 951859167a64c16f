import Foundation

/// Turns human text into URL- and `id`-safe slugs.
///
/// `Slug.make("Efficiënter werken!")` gives `"efficienter-werken"`. The result
/// only holds `a`–`z`, `0`–`9` and single `-` between them, so it is safe in
/// paths and HTML attributes without escaping. It never depends on the
/// process locale, so builds on different machines give the same URLs.
public enum Slug {
    /// Makes a slug from `text`; returns an empty string when nothing is left.
    ///
    /// Diacritics are folded (`ë` → `e`), a few letters without a
    /// decomposition are spelled out (`ß` → `ss`, `æ` → `ae`, `ø` → `o`,
    /// `ĳ` → `ij`), apostrophes vanish (`Thema's` → `themas`), and every other
    /// run of characters outside `[a-z0-9]` becomes one `-`.
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return makeASCII(text) }
        var slug = ""
        var separatorPending = false
        for scalar in foldedScalars(text) {
            guard isSlugScalar(scalar) else {
                separatorPending = true
                continue
            }
            // Separators only go between kept characters, which trims both ends.
            if separatorPending && !slug.isEmpty {
                slug.append("-")
            }
            separatorPending = false
            slug.unicodeScalars.append(scalar)
        }
        return slug
    }

    /// The same rules for plain ASCII, byte by byte: most headings and titles
    /// need no Unicode folding, and slugging every heading showed in profiles.
    private static func makeASCII(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var separatorPending = false
        for byte in text.utf8 where byte != 0x27 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            guard (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) else {
                separatorPending = true
                continue
            }
            if separatorPending && !bytes.isEmpty { bytes.append(0x2D) }
            separatorPending = false
            bytes.append(lower)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func foldedScalars(_ text: String) -> [Unicode.Scalar] {
        guard text.unicodeScalars.allSatisfy({ $0.value < latinEnd }) else { return unicodeFoldedScalars(text) }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { result += latinFolds[Int(scalar.value)] }
        return result
    }

    /// Latin text (below U+0250) folds scalar by scalar: no letter there
    /// lowercases by context, and each decomposition starts with its own base
    /// letter. So a table made by the full rules replaces Foundation's
    /// lowercasing and NFD, which cost a microsecond per word of search text.
    private static let latinEnd: UInt32 = 0x250
    private static let latinFolds: [[Unicode.Scalar]] = (0..<latinEnd).map { value in
        Unicode.Scalar(value).map { unicodeFoldedScalars(String($0)) } ?? []
    }

    /// The full rules, for any text.
    static func unicodeFoldedScalars(_ text: String) -> [Unicode.Scalar] {
        // The standard library's lowercasing ignores the locale, so a Turkish
        // machine still maps `I` to `i`; NFD then splits `ë` into `e` plus a
        // combining mark, which is dropped.
        let decomposed = text.lowercased().decomposedStringWithCanonicalMapping
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(decomposed.unicodeScalars.count)
        for scalar in decomposed.unicodeScalars {
            appendFolded(scalar, to: &result)
        }
        return result
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to result: inout [Unicode.Scalar]) {
        if isCombiningMark(scalar) || apostrophes.contains(scalar) {
            return
        }
        if let spelled = spelledOut[scalar] {
            result.append(contentsOf: spelled.unicodeScalars)
        } else {
            result.append(scalar)
        }
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    private static func isSlugScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Apostrophes join a word rather than split it: `Thema's` is one word.
    private static let apostrophes: Set<Unicode.Scalar> = [
        "\u{27}", "\u{2018}", "\u{2019}", "\u{2BC}",
    ]

    /// Lowercase letters that NFD leaves alone but readers see as Latin.
    private static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ĳ": "ij", "đ": "d", "ð": "d",
        "ł": "l", "þ": "th", "ı": "i",
    ]
}
