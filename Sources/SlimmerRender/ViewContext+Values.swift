import Foundation
import SlimmerContent

extension ViewContext {
    /// A date as templates see it: `iso`, `display`, `time`, `year`.
    func date(_ value: DateValue?) -> [String: Any]? {
        guard let value else { return nil }
        var result: [String: Any] = [
            "iso": value.iso, "display": displayDate(value), "year": String(value.year), "day": String(value.day),
            "month": monthName(value), "monthShort": monthName(value, short: true),
        ]
        if value.hasTime { result["time"] = displayTime(value) }
        return result
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
        String(format: "%02d:%02d", value.hour, value.minute)
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
    func term(_ slug: String, in key: Section.Key) -> [String: Any]? {
        let terms = key == .theme ? config.themes : config.topics
        guard let term = terms.first(where: { $0.slug == slug }) else { return nil }
        return [
            "label": term.label, "slug": term.slug, "description": term.description,
            "url": permalinks.url(permalinks.path(term: slug, in: key)),
        ]
    }

    func terms(_ slugs: [Located<String>], in key: Section.Key) -> [[String: Any]] {
        slugs.compactMap { term($0.value, in: key) }
    }

    func url(of item: Item) -> String {
        permalinks.url(permalinks.path(of: item))
    }

    func link(_ item: Item?) -> [String: Any]? {
        guard let item else { return nil }
        return ["title": item.title, "url": url(of: item)]
    }

    func kindLabel(_ kind: ContentKind) -> String {
        translations["kind" + kind.capitalised]
    }

    func status(_ status: Status?) -> [String: Any]? {
        guard let status else { return nil }
        return ["value": status.rawValue, "label": translations["status" + status.rawValue.capitalisedFirst]]
    }

    func eventKind(_ kind: Event.Kind) -> [String: Any] {
        ["value": kind.rawValue, "label": translations[camelKey("event", kind.rawValue)]]
    }

    /// An item in a list.
    func card(_ item: Item) -> [String: Any] {
        var card: [String: Any] = [
            "title": item.title, "url": url(of: item), "summary": item.summary, "kind": item.kind.rawValue,
            "kindLabel": kindLabel(item.kind), "themes": terms(item.themes, in: .theme), "example": item.example,
        ]
        if item.summary.isEmpty { card["summary"] = nil }
        card["date"] = date(item.sortDate)
        switch item.details {
        case .doetank(let doetank): card["status"] = status(doetank.status)
        case .case(let study): card["status"] = status(study.status)
        case .event(let event):
            card["when"] = when(event)
            card["place"] = event.location?.city ?? event.location?.name ?? translations["online"]
            card["isPast"] = graph.isPast(event)
            card["eventKind"] = eventKind(event.eventKind)
        case .outcome, .page: break
        }
        return card
    }

    func cards(_ items: [Item]) -> [[String: Any]] {
        items.map(card)
    }
}

extension ContentKind {
    /// `Doetank`, `Case`, …: the suffix of translation keys.
    var capitalised: String { rawValue.capitalisedFirst }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
