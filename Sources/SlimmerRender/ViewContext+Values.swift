import Foundation
import SlimmerContent
import SlimmerTemplates

extension ViewContext {
    /// A date as templates see it: `iso`, `display`, `time`, `year`, `day`,
    /// `month`, `monthShort`; nil for no date.
    func date(_ value: DateValue?) -> TemplateValue? {
        guard let value else { return nil }
        var result: View = [
            "iso": .string(value.iso), "display": .string(displayDate(value)), "year": .string(String(value.year)),
            "day": .string(String(value.day)), "month": .string(monthName(value)),
            "monthShort": .string(monthName(value, short: true)),
        ]
        if value.hasTime { result["time"] = .string(displayTime(value)) }
        return .object(result)
    }

    func monthName(_ value: DateValue, short: Bool = false) -> String {
        let names = short ? translations.monthsShort : translations.months
        return names.indices.contains(value.month - 1) ? names[value.month - 1] : "\(value.month)"
    }

    func displayDate(_ value: DateValue) -> String {
        let month =
            translations.months.indices.contains(value.month - 1)
            ? translations.months[value.month - 1] : "\(value.month)"
        return "\(value.day) \(month) \(value.year)"
    }

    func displayTime(_ value: DateValue) -> String {
        DateValue.padded(value.hour, 2) + ":" + DateValue.padded(value.minute, 2)
    }

    /// "12 maart 2026, 14:00–17:00", or a range over days.
    func when(_ event: Event) -> String {
        var text = displayDate(event.start)
        if event.start.hasTime { text += ", " + displayTime(event.start) }
        guard let end = event.end else { return text }
        let sameDay = (end.year, end.month, end.day) == (event.start.year, event.start.month, event.start.day)
        if sameDay {
            return end.hasTime ? text + "–" + displayTime(end) : text
        }
        return text + " – " + displayDate(end) + (end.hasTime ? ", " + displayTime(end) : "")
    }

    /// A theme or topic: `label`, `url`, `slug`, `description`.
    func term(_ slug: String, in key: Section.Key) -> View? {
        let terms = key == .theme ? config.themes : config.topics
        guard let term = terms.first(where: { $0.slug == slug }) else { return nil }
        return [
            "label": .string(term.label), "slug": .string(term.slug), "description": .string(term.description),
            "url": .string(permalinks.url(permalinks.path(term: slug, in: key))),
        ]
    }

    func url(of item: Item) -> String {
        permalinks.url(permalinks.path(of: item))
    }

    func link(_ item: Item?) -> TemplateValue? {
        guard let item else { return nil }
        return ["title": .string(item.title), "url": .string(url(of: item))]
    }

    func kindLabel(_ kind: ContentKind) -> String {
        translations["kind" + kind.capitalised]
    }

    func status(_ status: Status?) -> TemplateValue? {
        guard let status else { return nil }
        return [
            "value": .string(status.rawValue),
            "label": .string(translations["status" + status.rawValue.capitalisedFirst]),
        ]
    }

    func eventKind(_ kind: Event.Kind) -> TemplateValue {
        ["value": .string(kind.rawValue), "label": .string(translations[camelKey("event", kind.rawValue)])]
    }

    /// An item in a list: from the card table when there is one.
    func card(_ item: Item) -> TemplateValue {
        cardTable?.byID[item.id] ?? makeCard(item)
    }

    /// An item in a list: cards are the most repeated part of every list page.
    ///
    /// A card holds everything its partial reads: the translations, and null
    /// for what the item lacks. A missing name would climb to the page's
    /// context, so the card could not be rendered once for every page
    /// (``CardTable``).
    func makeCard(_ item: Item) -> TemplateValue {
        var card: View = [
            "title": .string(item.title), "url": .string(url(of: item)), "kind": .string(item.kind.rawValue),
            "kindLabel": .string(kindLabel(item.kind)), "themes": .list(termValues(item.themes, in: .theme)),
            "example": .bool(item.example), "t": shared["t"] ?? .null,
            "summary": item.summary.isEmpty ? .null : .string(item.summary), "date": date(item.sortDate) ?? .null,
            "status": .null, "when": .null, "place": .null, "isPast": .null, "eventKind": .null,
        ]
        switch item.details {
        case .doetank(let doetank): card["status"] = status(doetank.status) ?? .null
        case .case(let study): card["status"] = status(study.status) ?? .null
        case .event(let event):
            card["when"] = .string(when(event))
            card["place"] = .string(event.location?.city ?? event.location?.name ?? translations["online"])
            card["isPast"] = .bool(graph.isPast(event))
            card["eventKind"] = eventKind(event.eventKind)
        case .outcome, .page: break
        }
        return .object(card)
    }

    func cards(_ items: [Item]) -> [TemplateValue] {
        items.map(card)
    }

    /// Themes or topics as cards and item pages show them.
    func termValues(_ slugs: [Located<String>], in key: Section.Key) -> [TemplateValue] {
        slugs.compactMap { termCache["\(key.rawValue)/\($0.value)"] }
    }
}

extension ContentKind {
    /// `Doetank`, `Case`, …: the suffix of translation keys.
    var capitalised: String { rawValue.capitalisedFirst }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
