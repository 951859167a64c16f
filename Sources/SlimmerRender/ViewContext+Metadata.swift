import Foundation
import SlimmerContent
import SlimmerTemplates

/// What a page tells machines: feed links, and schema.org JSON-LD for search
/// engines (`Organization` on the home page, `Event` on event pages).
extension ViewContext {
    /// The page's `feeds` value: the site's feed, and the section's or theme's own.
    func feedLinks(for job: PageJob) -> [TemplateValue] {
        var links: [TemplateValue] = [
            ["title": .string(config.title), "url": .string(permalinks.url(FeedSpec.sitePath))]
        ]
        switch job {
        case .section(let key, _, _): links.append(sectionFeedLink(key))
        case .events: links.append(sectionFeedLink(.event))
        case .term(.theme, let slug, _):
            let label = config.themes.first { $0.slug == slug }?.label ?? slug
            links.append([
                "title": .string(label), "url": .string(permalinks.url(FeedSpec.path(theme: slug, permalinks))),
            ])
        default: break
        }
        return links
    }

    private func sectionFeedLink(_ key: Section.Key) -> TemplateValue {
        [
            "title": .string(config.section(key).label),
            "url": .string(permalinks.url(FeedSpec.path(section: key, permalinks))),
        ]
    }

    /// The page's `jsonLD` value: JSON safe to place inside a script element
    /// (`ScriptSafeJSON` writes `<`, `>` and `&` as \u escapes, so a title
    /// holding `</script>` cannot end it early).
    func jsonLD(for job: PageJob) -> String? {
        switch job {
        case .home: return ScriptSafeJSON.encode(organization())
        case .item(let id):
            guard let item = graph.byID[id], case .event(let event) = item.details else { return nil }
            return ScriptSafeJSON.encode(eventData(item, event))
        default: return nil
        }
    }

    private func organization() -> [String: Any] {
        [
            "@context": "https://schema.org", "@type": "Organization", "name": config.title, "url": config.baseURL,
            "description": config.description, "logo": permalinks.absoluteURL("img/logo.svg"),
        ]
    }

    private func eventData(_ item: Item, _ event: Event) -> [String: Any] {
        var data: [String: Any] = [
            "@context": "https://schema.org", "@type": "Event", "name": item.title,
            "startDate": event.start.iso, "url": permalinks.absoluteURL(permalinks.path(of: item)),
            "eventStatus": "https://schema.org/EventScheduled", "inLanguage": config.language,
            "organizer": ["@type": "Organization", "name": config.title, "url": config.baseURL],
        ]
        if !item.summary.isEmpty { data["description"] = item.summary }
        data["endDate"] = event.end?.iso
        var places: [[String: Any]] = []
        if let location = event.location {
            var address: [String: Any] = ["@type": "PostalAddress", "addressCountry": "NL"]
            address["streetAddress"] = location.address
            address["addressLocality"] = location.city
            places.append(["@type": "Place", "name": location.name, "address": address])
        }
        if let online = event.online { places.append(["@type": "VirtualLocation", "url": online]) }
        data["location"] = places.count == 1 ? places[0] : places
        data["eventAttendanceMode"] =
            "https://schema.org/"
            + (event.online == nil ? "Offline" : event.location == nil ? "Online" : "Mixed") + "EventAttendanceMode"
        return data
    }
}
