import Foundation
import SlimmerContent

extension Permalinks {
    /// `bijeenkomsten/x/x.ics`: beside the event's page, named after it, so
    /// that a downloaded file says what it is.
    public func calendarPath(of item: Item) -> String {
        path(of: item) + item.slug + ".ics"
    }

    /// Every upcoming event, for subscribing to the whole agenda.
    public static let agendaPath = "agenda.ics"
}

extension PageRenderer {
    /// `agenda.ics` with the upcoming events, and one `.ics` per event.
    public func calendars() -> [OutputFile] {
        let zone = graph.config.timeZone
        let events = graph.items(of: .event).compactMap { item in calendarEvent(item).map { (item, $0) } }
        let byID = Dictionary(events.map { ($0.0.id, $0.1) }, uniquingKeysWith: { first, _ in first })
        let name = "\(graph.config.section(.event).label) | \(graph.config.title)"
        let agenda = ICalendar.document(
            name: name, events: graph.upcomingEvents.compactMap { byID[$0.id] }, timeZone: zone)
        return [OutputFile(path: Permalinks.agendaPath, contents: Data(agenda.utf8))]
            + ParallelMap.map(events.map(\.0), jobs: jobs) { item in
                let text = ICalendar.document(name: item.title, events: [byID[item.id]!], timeZone: zone)
                return OutputFile(path: graph.permalinks.calendarPath(of: item), contents: Data(text.utf8))
            }
    }

    private func calendarEvent(_ item: Item) -> CalendarEvent? {
        guard case .event(let event) = item.details else { return nil }
        let permalinks = graph.permalinks
        let url = permalinks.absoluteURL(permalinks.path(of: item))
        let place = event.location.map { [$0.name, $0.address, $0.city].compactMap { $0 }.joined(separator: ", ") }
        let more = "\(theme.translations["calendarMoreInfo"]): \(url)"
        return CalendarEvent(
            uid: "\(item.id)@\(host)", title: item.title,
            description: item.summary.isEmpty ? more : item.summary + "\n\n" + more, start: event.start,
            end: event.end, location: place ?? event.online, url: url,
            stamp: item.publishDate ?? event.start)
    }

    /// The site's host name makes the events' ids unique across sites.
    private var host: String {
        URL(string: graph.config.baseURL)?.host ?? "slimmer.local"
    }
}
