/// "Did you mean" suggestions for misspelled keys, terms and references.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely
    /// typo: at most a third of the word's length in edits, and at least 1.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.distance
                || (distance == best!.distance && candidate < best!.candidate)
            {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let allowed = max(1, lowered.count / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    /// A hint sentence: `Did you mean "x"?`, or nil.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: candidates).map { "Did you mean \"\($0)\"?" }
    }

    /// Edit distance over characters where swapping two neighbours counts as
    /// one edit (optimal string alignment), since "titel" for "title" is the
    /// typical slip.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
                }
            }
        }
        return rows[a.count][b.count]
    }
}
