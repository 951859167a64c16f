/// Plausible Dutch prose for the benchmark corpus: sentences from a fixed
/// vocabulary, so that cmark and the templates meet realistic text.
struct DutchText {
    static let words = """
        de het een en van in op met voor aan door bij over naar uit als ook maar niet wel nog meer dan om
        beleid uitvoering gemeente provincie ministerie inwoners professionals organisatie samenwerking
        vraagstuk casus methode instrument rapport advies pilot werkwijze praktijk impact samenleving
        doetank netwerk coach deelnemers bijeenkomst netwerkcafé opbrengst resultaat onderzoek toets
        efficiënter effectiever creatiever publieke waarde vernieuwing experiment regels loket dossier
        schuldhulpverlening jeugdzorg wijkteam rekenkamer begroting verantwoording draagvlak opschalen
        leren ontwikkelen verbeteren onderzoeken bespreken toetsen overnemen delen werken zoeken vinden
        samen anders beter concreet lastig belangrijk nieuw eerste volgende gezamenlijk maatschappelijk
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    var random: SplitMix64

    mutating func word() -> String {
        Self.words.randomElement(using: &random)!
    }

    mutating func sentence() -> String {
        let count = Int.random(in: 8...18, using: &random)
        let text = (0..<count).map { _ in word() }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    mutating func title() -> String {
        let text = (0..<Int.random(in: 2...5, using: &random)).map { _ in word() }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// About `words` words of Markdown: paragraphs, `##` headings, some
    /// emphasis, a list, and links to `links`.
    mutating func body(words target: Int, links: [String]) -> String {
        var parts: [String] = []
        var written = 0
        var section = 0
        while written < target {
            if written / 220 >= section {
                section += 1
                parts.append("## \(title())")
            }
            var paragraph = (0..<Int.random(in: 3...6, using: &random)).map { _ in sentence() }
            if let link = links.randomElement(using: &random), Int.random(in: 0..<3, using: &random) == 0 {
                paragraph.append("Zie ook [\(word()) \(word())](\(link)).")
            }
            if Int.random(in: 0..<4, using: &random) == 0 {
                paragraph[0] = "**" + paragraph[0].dropLast() + "**."
            }
            let text = paragraph.joined(separator: " ")
            written += text.split(separator: " ").count
            parts.append(text)
            if Int.random(in: 0..<6, using: &random) == 0 {
                parts.append((0..<3).map { _ in "- " + sentence() }.joined(separator: "\n"))
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
