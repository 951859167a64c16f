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
        self.init(Self.cards(graph: graph, theme: theme, jobs: jobs), graph: graph, theme: theme)
    }

    /// The tables, from the cards: the serial part, which a build can work
    /// out beside other work.
    public init(_ cards: Cards, graph: ContentGraph, theme: Theme) {
        let context = Self.context(graph, theme)
        byID = Dictionary(zip(graph.items.map(\.id), cards.values)) { first, _ in first }
        html = PartialCache(partial: Self.partial, values: cards.values, renderings: cards.renderings)
        shared = context.shared
        runs = SharedRuns(library: theme.library, shared: context.shared)
    }

    /// Every item's card and its HTML, in the order of the graph's items.
    public struct Cards: Sendable {
        let values: [TemplateValue]
        let renderings: [String?]
    }

    /// Makes the cards on every core. This is most of the table's time: made
    /// on a thread of its own beside the first bodies, a core waited for it.
    public static func cards(graph: ContentGraph, theme: Theme, jobs: Int) -> Cards {
        let context = context(graph, theme)
        let made = ParallelMap.map(graph.items, jobs: jobs) { item in
            let card = context.makeCard(item)
            return (card, theme.library.renderAlone(Self.partial, card))
        }
        return Cards(values: made.map(\.0), renderings: made.map(\.1))
    }

    private static func context(_ graph: ContentGraph, _ theme: Theme) -> ViewContext {
        let empty = RenderedMarkdown(html: "", headings: [], links: [], images: [], plainText: "", firstParagraph: "")
        return ViewContext(
            graph: graph, bodies: RenderedBodies(byID: [:], home: empty), translations: theme.translations,
            assets: theme.assets)
    }
}
