import Foundation
import SlimmerContent

/// One VEVENT, already in plain values.
public struct CalendarEvent: Sendable, Hashable {
    /// Stable across builds, so that a subscribed calendar updates the event instead of adding a copy.
    public var uid: String
    public var title: String
    /// Plain text; newlines are kept.
    public var description: String
    public var start: DateValue
    public var end: DateValue?
    public var location: String?
    /// An absolute page address.
    public var url: String?
    /// A content date, never the clock, so that the same content gives the same file.
    public var stamp: DateValue

    public init(
        uid: String, title: String, description: String, start: DateValue, end: DateValue? = nil,
        location: String? = nil, url: String? = nil, stamp: DateValue
    ) {
        self.uid = uid
        self.title = title
        self.description = description
        self.start = start
        self.end = end
        self.location = location
        self.url = url
        self.stamp = stamp
    }
}

/// An RFC 5545 iCalendar writer: the same input gives the same bytes on any
/// machine, whatever its time zone or locale.
public enum ICalendar {
    static let productID = "-//Slimmernetwerk//Slimmer//NL"
    /// RFC 5545 3.1: a physical line holds at most 75 octets, not counting its CRLF.
    static let lineLimit = 75

    /// A VCALENDAR with every event, in the given order.
    public static func document(name: String, events: [CalendarEvent], timeZone: TimeZone) -> String {
        let clock = CalendarClock(timeZone: timeZone)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + productID, "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escapeText(name),
        ]
        if let tzid = clock.tzid {
            // Google Calendar and Apple Calendar take the calendar's own zone from this header.
            lines.append("X-WR-TIMEZONE:" + tzid)
            lines += CalendarClock.amsterdamComponent
        }
        for event in events {
            lines += eventLines(event, clock: clock)
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    static func eventLines(_ event: CalendarEvent, clock: CalendarClock) -> [String] {
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + escapeText(event.uid),
            "DTSTAMP" + clock.utc(event.stamp.instant),
            "DTSTART" + clock.start(event.start),
        ]
        if let end = clock.end(start: event.start, end: event.end) {
            lines.append("DTEND" + end)
        }
        lines.append("SUMMARY:" + escapeText(event.title))
        if !event.description.isEmpty {
            lines.append("DESCRIPTION:" + escapeText(event.description))
        }
        if let location = event.location, !location.isEmpty {
            lines.append("LOCATION:" + escapeText(location))
        }
        if let url = event.url, !url.isEmpty {
            lines.append("URL:" + uri(url))
        }
        lines.append("END:VEVENT")
        return lines
    }

    /// A TEXT value (RFC 5545 3.3.11) that a parser turns back into `text`.
    static func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        // Scalars, not Characters: Swift treats CRLF as one Character, which would hide its LF.
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\t": result.unicodeScalars.append(scalar)
            default:
                // TEXT allows no other control characters; a CR before an LF is covered by the LF.
                if !isControl(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// A URI value is written as it is, but a control character would end the line early.
    static func uri(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: text.unicodeScalars.filter { !isControl($0) })
        return result
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }

    /// One content line, folded so that no physical line exceeds `lineLimit`
    /// octets and no UTF-8 sequence is split, ending in CRLF.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > lineLimit else { return line + "\r\n" }
        // Bytes, a character at a time (a lead byte and its continuation bytes):
        // appending scalars to a String showed in profiles.
        let bytes = Array(line.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 20 + 4)
        var width = 0
        var start = 0
        while start < bytes.count {
            var end = start + 1
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
            if width + end - start > lineLimit {
                result += [0x0D, 0x0A, 0x20]
                width = 1
            }
            result += bytes[start..<end]
            width += end - start
            start = end
        }
        return String(decoding: result + [0x0D, 0x0A], as: UTF8.self)
    }
}
