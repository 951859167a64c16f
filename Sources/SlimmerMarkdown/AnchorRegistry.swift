/// Hands out heading anchors that are unique within one document.
///
/// Follows GitHub's scheme (`x`, `x-1`, `x-2`) so that links copied from a
/// repository view keep working on the generated site.
struct AnchorRegistry {
    /// Used when a heading has no Latin letters or digits to slug.
    static let fallback = "section"

    private var taken: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    /// Returns a fresh anchor for a heading with this plain text.
    mutating func anchor(for text: String) -> String {
        let slug = Slug.make(text)
        let base = slug.isEmpty ? Self.fallback : slug
        guard taken.contains(base) else {
            taken.insert(base)
            return base
        }
        // A literal heading "x-1" may already hold the suffixed name, so keep
        // counting until a free one turns up.
        var suffix = nextSuffix[base, default: 1]
        while taken.contains("\(base)-\(suffix)") {
            suffix += 1
        }
        nextSuffix[base] = suffix + 1
        let anchor = "\(base)-\(suffix)"
        taken.insert(anchor)
        return anchor
    }
}
