import Foundation
import SlimmerContent
import SlimmerMarkdown
import SlimmerTemplates

extension ViewContext {
    /// The full context of an item's own page.
    func itemPage(_ item: Item) -> View {
        let path = permalinks.path(of: item)
        return page(
            path: path, title: item.title, description: item.summary, kind: item.kind.rawValue,
            ["item": .object(itemView(item))])
    }

    func itemView(_ item: Item) -> View {
        let body = bodies.byID[item.id]
        let toc = (body?.headings ?? []).filter { (2...3).contains($0.level) }.map { heading -> TemplateValue in
            ["level": .int(heading.level), "text": .string(heading.text), "anchor": .string(heading.anchor)]
        }
        let themes = termValues(item.themes, in: .theme)
        let topics = termValues(item.topics, in: .topic)
        var view: View = [
            "kind": .string(item.kind.rawValue), "kindLabel": .string(kindLabel(item.kind)),
            "title": .string(item.title), "url": .string(url(of: item)), "slug": .string(item.slug),
            "html": .string(body?.html ?? ""), "toc": .list(toc), "hasToc": .bool(toc.count >= 2),
            "themes": .list(themes), "topics": .list(topics), "hasTerms": .bool(!themes.isEmpty || !topics.isEmpty),
            "example": .bool(item.example),
        ]
        if !item.summary.isEmpty { view["summary"] = .string(item.summary) }
        let details: View
        switch item.details {
        case .doetank(let doetank): details = doetankView(item, doetank)
        case .case(let study): details = caseView(item, study)
        case .event(let event): details = eventView(item, event)
        case .outcome(let outcome): details = outcomeView(outcome)
        case .page: details = [:]
        }
        view.merge(details)
        return view
    }

    private func doetankView(_ item: Item, _ doetank: Doetank) -> View {
        let relations = graph.relations(ofDoetank: item)
        var view: View = [
            "status": status(doetank.status) ?? .null, "started": date(doetank.started) ?? .null,
            "members": .list(
                doetank.members.map {
                    [
                        "name": .string($0.name), "organisation": TemplateValue($0.organisation),
                        "role": TemplateValue($0.role),
                    ]
                }),
            "hasMembers": .bool(!doetank.members.isEmpty), "organisations": .strings(doetank.organisations),
            "hasOrganisations": .bool(!doetank.organisations.isEmpty),
        ]
        view["ended"] = date(doetank.ended)
        view["coach"] = doetank.coach.map(TemplateValue.string)
        view["contact"] = doetank.contact.map(TemplateValue.string)
        view["image"] = doetank.image.map { ["src": .string(imageURL($0.src.value)), "alt": .string($0.alt)] }
        view.merge(list("cases", relations.cases))
        view.merge(list("outcomes", relations.outcomes))
        view.merge(list("upcomingEvents", relations.upcomingEvents))
        view.merge(list("pastEvents", relations.pastEvents))
        return view
    }

    private func caseView(_ item: Item, _ study: CaseStudy) -> View {
        let relations = graph.relations(ofCase: study, item: item)
        var view: View = [
            "organisations": .strings(study.organisations), "hasOrganisations": .bool(!study.organisations.isEmpty),
        ]
        view["status"] = status(study.status)
        view["date"] = date(study.date)
        view["doetank"] = link(relations.doetank)
        view.merge(list("outcomes", relations.outcomes))
        view.merge(list("events", relations.events))
        return view
    }

    private func eventView(_ item: Item, _ event: Event) -> View {
        let doetanks = graph.doetanks(of: event)
        var view: View = [
            "eventKind": eventKind(event.eventKind),
            "calendarURL": .string(permalinks.url(permalinks.calendarPath(of: item))),
            "start": date(event.start) ?? .null, "when": .string(when(event)), "isPast": .bool(graph.isPast(event)),
        ]
        view["end"] = date(event.end)
        view["location"] = event.location.map {
            ["name": .string($0.name), "address": TemplateValue($0.address), "city": TemplateValue($0.city)]
        }
        view["online"] = event.online.map(TemplateValue.string)
        view["registration"] = event.registration.map(TemplateValue.string)
        view["capacity"] = event.capacity.map(TemplateValue.int)
        view.merge(list("doetanks", doetanks))
        return view
    }

    private func outcomeView(_ outcome: Outcome) -> View {
        let relations = graph.relations(ofOutcome: outcome)
        let adoptions = outcome.adoptedBy.map { adoption -> TemplateValue in
            var view: View = ["organisation": .string(adoption.organisation)]
            view["date"] = date(adoption.date)
            view["note"] = adoption.note.map(TemplateValue.string)
            return .object(view)
        }
        let attachments = outcome.attachments.map { attachment -> TemplateValue in
            ["title": .string(attachment.title), "url": .string(imageURL(attachment.file.value))]
        }
        var view: View = [
            "outcomeKind": [
                "value": .string(outcome.outcomeKind.rawValue),
                "label": .string(translations[camelKey("outcome", outcome.outcomeKind.rawValue)]),
            ],
            "date": date(outcome.date) ?? .null, "adoptedBy": .list(adoptions),
            "hasAdoptions": .bool(!adoptions.isEmpty),
            "attachments": .list(attachments), "hasAttachments": .bool(!attachments.isEmpty),
        ]
        view["doetank"] = link(relations.doetank)
        view.merge(list("cases", relations.cases))
        return view
    }

    /// `name` with the items' cards, and `hasName`.
    func list(_ name: String, _ items: [Item]) -> View {
        [name: .list(cards(items)), "has" + name.capitalisedFirst: .bool(!items.isEmpty)]
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
