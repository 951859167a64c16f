import SlimmerContent

/// One page of a paginated list.
public struct Pagination: Sendable, Hashable {
    public let number: Int
    public let total: Int
    public let range: Range<Int>

    /// The pages of a list of `count` entries, `size` a page; always at least one.
    static func pages(count: Int, size: Int) -> [Pagination] {
        let total = max(1, (count + size - 1) / size)
        return (1...total).map { number in
            let start = (number - 1) * size
            return Pagination(number: number, total: total, range: start..<min(count, start + size))
        }
    }

    /// The page numbers a page links to: the first, the last, and three on
    /// each side of the current one (a term with 400 pages must not list 400
    /// links on each of them).
    var window: [Int] {
        let near = max(1, number - 3)...min(total, number + 3)
        return Array(Set([1, total]).union(near)).sorted()
    }

    /// The template's `pagination` value for a list at output path `path`.
    func view(path: String, permalinks: Permalinks) -> [String: Any] {
        func url(_ page: Int) -> String { permalinks.url(permalinks.path(page: page, of: path)) }
        return [
            "isPaginated": total > 1, "current": number, "total": total,
            "hasPrev": number > 1, "prevURL": url(number - 1), "hasNext": number < total, "nextURL": url(number + 1),
            "pages": window.map { ["number": $0, "url": url($0), "current": $0 == number] as [String: Any] },
        ]
    }
}
