/// The items each kind of page shows besides its own. Templates and the
/// incremental rebuild both ask here, so that what a page shows and what it
/// is known to depend on can never disagree.
extension ContentGraph {
    /// What a Doetank's page lists.
    public struct DoetankRelations: Sendable {
        public var cases: [Item]
        public var outcomes: [Item]
        /// Soonest first.
        public var upcomingEvents: [Item]
        /// Latest first.
        public var pastEvents: [Item]
    }

    public func relations(ofDoetank item: Item) -> DoetankRelations {
        let events = backlinks(to: item, of: .event)
        let isPast = { (event: Item) in if case .event(let e) = event.details { self.isPast(e) } else { false } }
        return DoetankRelations(
            cases: backlinks(to: item, of: .case), outcomes: backlinks(to: item, of: .outcome),
            upcomingEvents: events.filter { !isPast($0) }.reversed(), pastEvents: events.filter(isPast))
    }

    /// A case's Doetank, the outcomes that name the case, and the Doetank's events.
    public func relations(ofCase study: CaseStudy, item: Item) -> (doetank: Item?, outcomes: [Item], events: [Item]) {
        let doetank = self.item(kind: .doetank, slug: study.doetank.value)
        return (doetank, backlinks(to: item, of: .outcome), doetank.map { backlinks(to: $0, of: .event) } ?? [])
    }

    /// The Doetanks an event names that are published.
    public func doetanks(of event: Event) -> [Item] {
        event.doetanks.compactMap { item(kind: .doetank, slug: $0.value) }
    }

    /// An outcome's Doetank and cases.
    public func relations(ofOutcome outcome: Outcome) -> (doetank: Item?, cases: [Item]) {
        (
            item(kind: .doetank, slug: outcome.doetank.value),
            outcome.cases.compactMap { item(kind: .case, slug: $0.value) }
        )
    }

    /// Doetanks whose status is active, in list order.
    public var activeDoetanks: [Item] {
        items(of: .doetank).filter { if case .doetank(let d) = $0.details { d.status == .active } else { false } }
    }

    /// The published items filed under a theme or topic, in list order.
    public func items(inTerm slug: String, of taxonomy: Section.Key) -> [Item] {
        (taxonomy == .theme ? themeItems : topicItems)[slug] ?? []
    }

    /// The number of published items per declared theme or topic, in declaration order.
    public func termCounts(_ taxonomy: Section.Key) -> [Int] {
        let index = taxonomy == .theme ? themeIndex : topicIndex
        return (taxonomy == .theme ? config.themes : config.topics).map { index[$0.slug]?.count ?? 0 }
    }
}
