import Foundation

/// A content file split into its YAML front matter and its Markdown body.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML between the `---` lines.
    public var yaml: String
    /// File line of the first YAML line, to turn YAML positions into file positions.
    public var yamlFirstLine: Int
    /// The Markdown after the closing `---`.
    public var body: String
    /// File line of the first body line.
    public var bodyFirstLine: Int

    /// Why a file could not be split.
    public enum Problem: Error, Equatable {
        case missingOpening
        case missingClosing(openingLine: Int)
    }

    /// Splits `text`; accepts a byte-order mark and CRLF line ends.
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        // "\r\n" is one Character in Swift, so line ends are unified first.
        var source = Substring(text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
        if source.hasPrefix("\u{FEFF}") { source = source.dropFirst() }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
            lines[first].trimmingTrailingSpaces == "---"
        else { return .failure(.missingOpening) }
        guard
            let close = lines[(first + 1)...].firstIndex(where: {
                $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..."
            })
        else { return .failure(.missingClosing(openingLine: first + 1)) }
        let yaml = lines[(first + 1)..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(
            FrontMatter(yaml: yaml, yamlFirstLine: first + 2, body: body, bodyFirstLine: close + 2))
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
