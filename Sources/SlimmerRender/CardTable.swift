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
    /// Each card's HTML, rendered once from the theme's card partial (where
    /// the card alone decides it); pages paste it in.
    let html: PartialCache

    /// The values every page shares, made once with the cards, and the
    /// template runs that read only them (see ``SharedRuns``): planning the
    /// runs for every chunk of pages cost a hundredth of a build.
    let shared: TemplateObject
    let runs: SharedRuns

    /// The partial that renders a card.
    public static let partial = "partials/card"

    /// How many cards have their HTML rendered once (the others, on each page).
    public var prerendered: Int { html.count }

    public init(graph: ContentGraph, theme: Theme, jobs: Int = ParallelMap.defaultJobs) {
        let empty = RenderedMarkdown(html: "", headings: [], links: [], images: [], plainText: "", firstParagraph: "")
        let context = ViewContext(
            graph: graph, bodies: RenderedBodies(byID: [:], home: empty), translations: theme.translations,
            assets: theme.assets)
        let made = ParallelMap.map(graph.items, jobs: jobs) { item in
            let card = context.makeCard(item)
            return (card, theme.library.renderAlone(Self.partial, card))
        }
        let cards = made.map(\.0)
        byID = Dictionary(zip(graph.items.map(\.id), cards)) { first, _ in first }
        html = PartialCache(partial: Self.partial, values: cards, renderings: made.map(\.1))
        shared = context.shared
        runs = SharedRuns(library: theme.library, shared: context.shared)
    }
}
