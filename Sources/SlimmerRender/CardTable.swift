import SlimmerContent
import SlimmerMarkdown
import SlimmerTemplates

/// Every published item's card, built once for a whole build: an item is a
/// card on its section's, themes' and topics' pages and on related items'
/// pages, about nine times each at 10,000 items, and building cards again
/// each time was a twentieth of a build.
///
/// Rebuilds in the preview render few pages and go without one: their cards
/// are built as pages need them.
public struct CardTable: Sendable {
    let byID: [String: TemplateValue]

    public init(graph: ContentGraph, theme: Theme, jobs: Int = ParallelMap.defaultJobs) {
        let empty = RenderedMarkdown(html: "", headings: [], links: [], images: [], plainText: "", firstParagraph: "")
        let context = ViewContext(
            graph: graph, bodies: RenderedBodies(byID: [:], home: empty), translations: theme.translations)
        let cards = ParallelMap.map(graph.items, jobs: jobs) { context.card($0) }
        byID = Dictionary(zip(graph.items.map(\.id), cards)) { first, _ in first }
    }
}
