import SlimmerContent
import SlimmerTemplates

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
    func view(path: String, permalinks: Permalinks) -> TemplateValue {
        func url(_ page: Int) -> TemplateValue { .string(permalinks.url(permalinks.path(page: page, of: path))) }
        return [
            "isPaginated": .bool(total > 1), "current": .int(number), "total": .int(total),
            "hasPrev": .bool(number > 1), "prevURL": url(number - 1), "hasNext": .bool(number < total),
            "nextURL": url(number + 1),
            "pages": .list(window.map { ["number": .int($0), "url": url($0), "current": .bool($0 == number)] }),
        ]
    }
}
