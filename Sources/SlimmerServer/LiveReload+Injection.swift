import Foundation

extension LiveReload {
    /// The page with `snippet` inserted just before its last `</body>` (in any
    /// letter case), or appended when the page has no `</body>`.
    ///
    /// The page is treated as bytes, so a page that is not valid UTF-8 still
    /// comes through unchanged around the snippet.
    static func inject(_ snippet: String, into page: Data) -> Data {
        let bytes = [UInt8](page)
        var result = Data(capacity: bytes.count + snippet.utf8.count)
        if let index = lastBodyEndTag(in: bytes) {
            result.append(contentsOf: bytes[..<index])
            result.append(contentsOf: snippet.utf8)
            result.append(contentsOf: bytes[index...])
        } else {
            result.append(contentsOf: bytes)
            result.append(contentsOf: snippet.utf8)
        }
        return result
    }

    private static let bodyEndTag = Array("</body>".utf8)

    private static func lastBodyEndTag(in bytes: [UInt8]) -> Int? {
        let tag = bodyEndTag
        guard bytes.count >= tag.count else { return nil }
        for start in stride(from: bytes.count - tag.count, through: 0, by: -1) {
            var matches = true
            for offset in 0..<tag.count where asciiLowercased(bytes[start + offset]) != tag[offset] {
                matches = false
                break
            }
            if matches { return start }
        }
        return nil
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
