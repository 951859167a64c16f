/// The `/`-separated segments of a path, as byte bounds and what they are:
/// for the checks and joins that every file read, page written and link
/// resolved makes. Splitting paths into substrings showed in profiles (and
/// each substring retained the whole path).
public struct PathSegments: Sequence, IteratorProtocol {
    public enum Kind: Sendable, Equatable {
        /// Nothing between two slashes, or before a leading or after a trailing one.
        case empty
        /// `.`
        case current
        /// `..`
        case parent
        case name
    }

    private let utf8: String.UTF8View
    private var start: String.Index?

    public init(_ path: String) {
        utf8 = path.utf8
        start = utf8.startIndex
    }

    public mutating func next() -> (range: Range<String.Index>, kind: Kind)? {
        guard let lower = start else { return nil }
        let upper = utf8[lower...].firstIndex(of: UInt8(ascii: "/")) ?? utf8.endIndex
        start = upper < utf8.endIndex ? utf8.index(after: upper) : nil
        return (lower..<upper, Self.kind(of: utf8[lower..<upper]))
    }

    private static func kind(of segment: Substring.UTF8View) -> Kind {
        var dots = 0
        for byte in segment {
            guard byte == UInt8(ascii: "."), dots < 2 else { return .name }
            dots += 1
        }
        return dots == 0 ? .empty : dots == 1 ? .current : .parent
    }
}
