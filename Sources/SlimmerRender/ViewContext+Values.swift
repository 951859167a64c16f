import Foundation
import SlimmerContent
import SlimmerTemplates

extension ViewContext {
    /// A date as templates see it: `iso`, `display`, `time`, `year`.
    func date(_ value: DateValue?) -> [String: Any]? {
        value.map(dateFields)
    }

    /// The same date as a typed value, for the values built typed (cards).
    func dateValue(_ value: DateValue?) -> TemplateValue? {
        value.map { .object(dateFields($0).mapValues(TemplateValue.string)) }
    }

    private func dateFields(_ value: DateValue) -> [String: String] {
        var result = [
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
        status.map(statusFields)
    }

    func eventKind(_ kind: Event.Kind) -> [String: Any] {
        eventKindFields(kind)
    }

    private func statusFields(_ status: Status) -> [String: String] {
        ["value": status.rawValue, "label": translations["status" + status.rawValue.capitalisedFirst]]
    }

    private func eventKindFields(_ kind: Event.Kind) -> [String: String] {
        ["value": kind.rawValue, "label": translations[camelKey("event", kind.rawValue)]]
    }

    /// An item in a list, built as a typed value: cards are the most
    /// repeated part of every list page, and converting them from dictionaries
    /// showed in profiles.
    func card(_ item: Item) -> TemplateValue {
        var card: [String: TemplateValue] = [
            "title": .string(item.title), "url": .string(url(of: item)), "kind": .string(item.kind.rawValue),
            "kindLabel": .string(kindLabel(item.kind)), "themes": .list(termValues(item.themes, in: .theme)),
            "example": .bool(item.example),
        ]
        if !item.summary.isEmpty { card["summary"] = .string(item.summary) }
        card["date"] = dateValue(item.sortDate)
        switch item.details {
        case .doetank(let doetank): card["status"] = statusValue(doetank.status)
        case .case(let study): card["status"] = statusValue(study.status)
        case .event(let event):
            card["when"] = .string(when(event))
            card["place"] = .string(event.location?.city ?? event.location?.name ?? translations["online"])
            card["isPast"] = .bool(graph.isPast(event))
            card["eventKind"] = .object(eventKindFields(event.eventKind).mapValues(TemplateValue.string))
        case .outcome, .page: break
        }
        return .object(card)
    }

    func cards(_ items: [Item]) -> [TemplateValue] {
        items.map(card)
    }

    private func statusValue(_ status: Status?) -> TemplateValue? {
        status.map { .object(statusFields($0).mapValues(TemplateValue.string)) }
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
