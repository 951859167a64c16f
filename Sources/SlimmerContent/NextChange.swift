import Foundation

/// The next moment at which a build's output changes by itself, without a
/// commit: an item reaches its publish date or its expiry date, or an event
/// becomes past. CI can schedule the next rebuild for it.
public struct NextChange: Sendable, Hashable {
    public var moment: DateValue
    /// The file whose date it is.
    public var file: String
    /// What happens then, in plain words.
    public var reason: String

    /// The earliest change after `now` among `items`; drafts count only when
    /// they are built.
    public static func after(_ now: Date, items: [Item], includeDrafts: Bool) -> NextChange? {
        var candidates: [NextChange] = []
        for item in items where includeDrafts || !item.draft {
            if let publish = item.publishDate {
                candidates.append(NextChange(moment: publish, file: item.file, reason: "is published"))
            }
            if let expiry = item.expiryDate {
                candidates.append(NextChange(moment: expiry, file: item.file, reason: "expires"))
            }
            if case .event(let event) = item.details {
                candidates.append(NextChange(moment: event.end ?? event.start, file: item.file, reason: "becomes past"))
            }
        }
        return candidates.filter { $0.moment.instant > now }
            .min { ($0.moment.instant, $0.file) < ($1.moment.instant, $1.file) }
    }
}
