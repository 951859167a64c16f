import Foundation
import SlimmerContent
import SlimmerMarkdown

extension ViewContext {
    /// The full context of an item's own page.
    func itemPage(_ item: Item) -> [String: Any] {
        let path = permalinks.path(of: item)
        return page(
            path: path, title: item.title, description: item.summary, kind: item.kind.rawValue, ["item": itemView(item)]
        )
    }

    func itemView(_ item: Item) -> [String: Any] {
        let body = bodies.byID[item.id]
        let toc = (body?.headings ?? []).filter { (2...3).contains($0.level) }.map { heading -> [String: Any] in
            ["level": heading.level, "text": heading.text, "anchor": heading.anchor]
        }
        let themes = termValues(item.themes, in: .theme)
        let topics = termValues(item.topics, in: .topic)
        var view: [String: Any] = [
            "kind": item.kind.rawValue, "kindLabel": kindLabel(item.kind), "title": item.title,
            "summary": item.summary, "url": url(of: item), "slug": item.slug, "html": body?.html ?? "",
            "toc": toc, "hasToc": toc.count >= 2, "themes": themes, "topics": topics,
            "hasTerms": !themes.isEmpty || !topics.isEmpty, "example": item.example,
        ]
        if item.summary.isEmpty { view["summary"] = nil }
        let details: [String: Any]
        switch item.details {
        case .doetank(let doetank): details = doetankView(item, doetank)
        case .case(let study): details = caseView(item, study)
        case .event(let event): details = eventView(item, event)
        case .outcome(let outcome): details = outcomeView(outcome)
        case .page: details = [:]
        }
        view.merge(details) { _, new in new }
        return view
    }

    private func doetankView(_ item: Item, _ doetank: Doetank) -> [String: Any] {
        let relations = graph.relations(ofDoetank: item)
        var view: [String: Any] = [
            "status": status(doetank.status) as Any, "started": date(doetank.started) as Any,
            "members": doetank.members.map {
                ["name": $0.name, "organisation": $0.organisation as Any, "role": $0.role as Any]
            },
            "hasMembers": !doetank.members.isEmpty, "organisations": doetank.organisations,
            "hasOrganisations": !doetank.organisations.isEmpty,
        ]
        view["ended"] = date(doetank.ended)
        view["coach"] = doetank.coach
        view["contact"] = doetank.contact
        view["image"] = doetank.image.map { ["src": imageURL($0.src.value), "alt": $0.alt] }
        view.merge(list("cases", relations.cases)) { _, new in new }
        view.merge(list("outcomes", relations.outcomes)) { _, new in new }
        view.merge(list("upcomingEvents", relations.upcomingEvents)) { _, new in new }
        view.merge(list("pastEvents", relations.pastEvents)) { _, new in new }
        return view
    }

    private func caseView(_ item: Item, _ study: CaseStudy) -> [String: Any] {
        let relations = graph.relations(ofCase: study, item: item)
        var view: [String: Any] = [
            "organisations": study.organisations, "hasOrganisations": !study.organisations.isEmpty,
        ]
        view["status"] = status(study.status)
        view["date"] = date(study.date)
        view["doetank"] = link(relations.doetank)
        view.merge(list("outcomes", relations.outcomes)) { _, new in new }
        view.merge(list("events", relations.events)) { _, new in new }
        return view
    }

    private func eventView(_ item: Item, _ event: Event) -> [String: Any] {
        let doetanks = graph.doetanks(of: event)
        var view: [String: Any] = [
            "eventKind": eventKind(event.eventKind), "calendarURL": permalinks.url(permalinks.calendarPath(of: item)),
            "start": date(event.start) as Any, "when": when(event), "isPast": graph.isPast(event),
        ]
        view["end"] = date(event.end)
        view["location"] = event.location.map {
            ["name": $0.name, "address": $0.address as Any, "city": $0.city as Any]
        }
        view["online"] = event.online
        view["registration"] = event.registration
        view["capacity"] = event.capacity
        view.merge(list("doetanks", doetanks)) { _, new in new }
        return view
    }

    private func outcomeView(_ outcome: Outcome) -> [String: Any] {
        let relations = graph.relations(ofOutcome: outcome)
        let adoptions = outcome.adoptedBy.map { adoption -> [String: Any] in
            var view: [String: Any] = ["organisation": adoption.organisation]
            view["date"] = date(adoption.date)
            view["note"] = adoption.note
            return view
        }
        let attachments = outcome.attachments.map { ["title": $0.title, "url": imageURL($0.file.value)] }
        var view: [String: Any] = [
            "outcomeKind": [
                "value": outcome.outcomeKind.rawValue,
                "label": translations[camelKey("outcome", outcome.outcomeKind.rawValue)],
            ],
            "date": date(outcome.date) as Any, "adoptedBy": adoptions, "hasAdoptions": !adoptions.isEmpty,
            "attachments": attachments, "hasAttachments": !attachments.isEmpty,
        ]
        view["doetank"] = link(relations.doetank)
        view.merge(list("cases", relations.cases)) { _, new in new }
        return view
    }

    /// `name` with the items' cards, and `hasName`.
    func list(_ name: String, _ items: [Item]) -> [String: Any] {
        [name: cards(items), "has" + name.capitalisedFirst: !items.isEmpty]
    }

    /// A root-relative file path from front matter, with the base path.
    func imageURL(_ source: String) -> String {
        guard source.hasPrefix("/") else { return source }
        return config.basePath + source.dropFirst()
    }

    /// `event` + `grand-cafe` → `eventGrandCafe`.
    func camelKey(_ prefix: String, _ raw: String) -> String {
        prefix + raw.split(separator: "-").map { String($0).capitalisedFirst }.joined()
    }
}
