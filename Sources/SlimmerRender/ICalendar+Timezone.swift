import Foundation
import SlimmerContent

/// Writes the DTSTART, DTEND and DTSTAMP values of a calendar for one site time zone.
struct CalendarClock {
    static let amsterdam = "Europe/Amsterdam"

    /// Europe/Amsterdam under the EU rules in force since 1996. Written out
    /// rather than generated from the tz database, so that the file does not
    /// change with the machine's tzdata.
    static let amsterdamComponent = [
        "BEGIN:VTIMEZONE", "TZID:" + amsterdam,
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    let timeZone: TimeZone

    /// The TZID of timed values. Only Amsterdam has a VTIMEZONE here, so any
    /// other site zone is written in UTC, which every client reads the same way.
    var tzid: String? { timeZone.identifier == Self.amsterdam ? Self.amsterdam : nil }

    /// Parameters and value after `DTSTART`, such as `;VALUE=DATE:20260312`.
    func start(_ value: DateValue) -> String {
        value.hasTime ? timed(value.instant) : ";VALUE=DATE:" + CivilDay(value).text
    }

    /// Parameters and value after `DTEND`, or nil when the event has none.
    ///
    /// A timed event without an end gets no DTEND: RFC 5545 3.6.1 then ends it
    /// at its start, and inventing a length would put a wrong time in people's
    /// calendars. DTEND must have DTSTART's value type and come after it, so a
    /// date-only start takes the day after the last day (the end is exclusive),
    /// and a date-only end of a timed event means the end of that day.
    func end(start: DateValue, end: DateValue?) -> String? {
        if !start.hasTime {
            let last = max(CivilDay(start), end.map(CivilDay.init) ?? CivilDay(start))
            return ";VALUE=DATE:" + last.next.text
        }
        guard let end else { return nil }
        let instant = end.hasTime ? end.instant : midnight(CivilDay(end).next)
        return instant > start.instant ? timed(instant) : nil
    }

    /// `:YYYYMMDDTHHMMSSZ`, the only form DTSTAMP allows.
    func utc(_ instant: Date) -> String {
        ":" + Self.dateTime(instant, in: .gmt) + "Z"
    }

    private func timed(_ instant: Date) -> String {
        guard let tzid else { return utc(instant) }
        return ";TZID=" + tzid + ":" + Self.dateTime(instant, in: timeZone)
    }

    /// The first moment of `day` in the site's zone.
    private func midnight(_ day: CivilDay) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: day.year, month: day.month, day: day.day)
        return calendar.date(from: components) ?? .distantPast
    }

    /// `YYYYMMDDTHHMMSS` in `zone`, by Gregorian arithmetic
    /// (`DateValue.localTime`), so that neither the machine's locale nor its
    /// calendar can change the digits.
    static func dateTime(_ instant: Date, in zone: TimeZone) -> String {
        let local = DateValue.localTime(instant, in: zone)
        let clock = [local.second / 3_600, local.second / 60 % 60, local.second % 60].map { DateValue.padded($0, 2) }
        return CivilDay(year: local.year, month: local.month, day: local.day).text + "T" + clock.joined()
    }
}

/// A date on the Gregorian calendar, with the day arithmetic DTEND needs.
struct CivilDay: Comparable {
    var year: Int
    var month: Int
    var day: Int

    init(year: Int, month: Int, day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// The date as written in the site's time zone.
    init(_ value: DateValue) {
        self.init(year: value.year, month: value.month, day: value.day)
    }

    static func < (lhs: CivilDay, rhs: CivilDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    var next: CivilDay {
        if day < Self.daysIn(month: month, year: year) { return CivilDay(year: year, month: month, day: day + 1) }
        if month < 12 { return CivilDay(year: year, month: month + 1, day: 1) }
        return CivilDay(year: year + 1, month: 1, day: 1)
    }

    /// `YYYYMMDD`.
    var text: String { DateValue.padded(year, 4) + DateValue.padded(month, 2) + DateValue.padded(day, 2) }

    static func daysIn(month: Int, year: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][(month - 1 + 12) % 12]
    }

}
