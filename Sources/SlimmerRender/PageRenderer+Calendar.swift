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
        let permalinks = graph.permalinks
        let zone = graph.config.timeZone
        let name = "\(graph.config.section(.event).label) | \(graph.config.title)"
        var files = [
            OutputFile(
                path: Permalinks.agendaPath,
                contents: Data(
                    ICalendar.document(
                        name: name, events: graph.upcomingEvents.compactMap(calendarEvent), timeZone: zone
                    )
                    .utf8))
        ]
        for item in graph.items(of: .event) {
            guard let event = calendarEvent(item) else { continue }
            let text = ICalendar.document(name: item.title, events: [event], timeZone: zone)
            files.append(OutputFile(path: permalinks.calendarPath(of: item), contents: Data(text.utf8)))
        }
        return files
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
