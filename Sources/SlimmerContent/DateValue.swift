import Foundation

/// A date or date-time from front matter, fixed to an instant.
///
/// A date-time without an offset is in the site's time zone, never the build
/// machine's; a plain date is midnight at the start of that day there.
public struct DateValue: Sendable, Hashable, Comparable {
    /// The moment this value stands for.
    public let instant: Date
    /// False for a plain `YYYY-MM-DD`.
    public let hasTime: Bool
    /// Calendar fields in the site's time zone, for display.
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    /// ISO 8601 as written for machines: `2026-03-12` or `2026-03-12T14:00:00+01:00`.
    public let iso: String

    public static func < (lhs: DateValue, rhs: DateValue) -> Bool { lhs.instant < rhs.instant }

    /// Why a text is not a date.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case format
        case outOfRange(String)

        public var description: String {
            switch self {
            case .format: "is not a date in the form YYYY-MM-DD or YYYY-MM-DDTHH:MM"
            case .outOfRange(let why):
                "is not a real \(why.hasPrefix("there is no hour") || why.hasPrefix("there is no minute") || why.hasPrefix("there is no second") ? "time" : "date"): \(why)"
            }
        }
    }

    /// Parses `YYYY-MM-DD`, or `YYYY-MM-DD[T ]HH:MM[:SS]` with an optional `Z`
    /// or `±HH:MM` offset.
    public static func parse(_ text: String, timeZone: TimeZone) -> Result<DateValue, Problem> {
        guard let fields = DateFields(text) else { return .failure(.format) }
        if let problem = fields.rangeProblem { return .failure(.outOfRange(problem)) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = fields.offsetSeconds.flatMap { TimeZone(secondsFromGMT: $0) } ?? timeZone
        let components = DateComponents(
            year: fields.year, month: fields.month, day: fields.day,
            hour: fields.hour ?? 0, minute: fields.minute ?? 0, second: fields.second ?? 0)
        guard let instant = calendar.date(from: components) else { return .failure(.format) }
        return .success(DateValue(instant: instant, hasTime: fields.hour != nil, timeZone: timeZone))
    }

    /// A value for an instant, with fields in `timeZone`.
    public init(instant: Date, hasTime: Bool, timeZone: TimeZone) {
        let local = Self.localTime(instant, in: timeZone)
        self.instant = instant
        self.hasTime = hasTime
        (self.year, self.month, self.day) = (local.year, local.month, local.day)
        self.hour = local.second / 3_600
        self.minute = local.second / 60 % 60
        let date = Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
        if hasTime {
            let offset = local.offset / 60
            let sign = offset < 0 ? "-" : "+"
            let zone = sign + Self.padded(abs(offset) / 60, 2) + ":" + Self.padded(abs(offset) % 60, 2)
            self.iso = date + "T" + Self.padded(hour, 2) + ":" + Self.padded(minute, 2) + ":00" + zone
        } else {
            self.iso = date
        }
    }

    /// The Gregorian date at `instant` in `zone`, the second of that day, and
    /// the zone's offset from UTC then, in seconds. Arithmetic on the offset:
    /// `Calendar` cost microseconds a call, for every date of every item.
    public static func localTime(_ instant: Date, in zone: TimeZone) -> (
        year: Int, month: Int, day: Int, second: Int, offset: Int
    ) {
        let offset = zone.secondsFromGMT(for: instant)
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + offset
        let (days, second) = local.quotientAndRemainder(dividingBy: 86_400)
        let (dayNumber, time) = second < 0 ? (days - 1, second + 86_400) : (days, second)
        let (year, month, day) = civil(daysSince1970: dayNumber)
        return (year, month, day, time, offset)
    }

    /// The Gregorian date that many days after 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`, exact for every date).
    private static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
    }

    /// `number` in decimal with leading zeros up to `width` digits, as
    /// `%0*d` writes it: `String(format:)` goes through Foundation's
    /// formatter, which showed in profiles.
    public static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(abs(number))
        let zeros = String(repeating: "0", count: max(0, width - digits.count - (number < 0 ? 1 : 0)))
        return (number < 0 ? "-" : "") + zeros + digits
    }
}

/// The numeric fields of an ISO 8601 text, before any calendar is involved.
private struct DateFields {
    var year = 0
    var month = 0
    var day = 0
    var hour: Int?
    var minute: Int?
    var second: Int?
    var offsetSeconds: Int?

    init?(_ text: String) {
        let chars = Array(Self.trimmed(text).utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count else { return nil }
            var value = 0
            for c in chars[range] {
                guard c >= 48 && c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard chars.count >= 10, chars[4] == 45, chars[7] == 45,
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
        if chars.count == 10 { return }
        guard chars[10] == 84 || chars[10] == 32 || chars[10] == 116, chars.count >= 16, chars[13] == 58,
            let hour = number(11..<13), let minute = number(14..<16)
        else { return nil }
        (self.hour, self.minute) = (hour, minute)
        var rest = 16
        if chars.count >= 19, chars[16] == 58, let second = number(17..<19) {
            self.second = second
            rest = 19
        }
        guard let offset = DateFields.offset(Array(chars[rest...])) else { return nil }
        self.offsetSeconds = offset
    }

    /// `text` without surrounding white space; Foundation only when the ends
    /// are not plain ASCII, since trimming every date showed in profiles.
    private static func trimmed(_ text: String) -> String {
        let isPlain = { (byte: UInt8) in byte > 32 && byte < 0x80 }
        if let first = text.utf8.first, let last = text.utf8.last, isPlain(first), isPlain(last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// nil for a malformed offset; .some(nil) when there is none.
    private static func offset(_ chars: [UInt8]) -> Int?? {
        if chars.isEmpty { return .some(nil) }
        if chars == [90] || chars == [122] { return .some(0) }
        guard chars.count == 6, chars[0] == 43 || chars[0] == 45, chars[3] == 58 else { return nil }
        let digits = [chars[1], chars[2], chars[4], chars[5]]
        guard digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let d = digits.map { Int($0 - 48) }
        let seconds = ((d[0] * 10 + d[1]) * 60 + d[2] * 10 + d[3]) * 60
        return .some(chars[0] == 45 ? -seconds : seconds)
    }

    var rangeProblem: String? {
        let monthNames = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ]
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return "\(monthNames[month - 1]) \(year) has \(days) days" }
        if let hour, hour > 23 { return "there is no hour \(hour)" }
        if let minute, minute > 59 { return "there is no minute \(minute)" }
        if let second, second > 59 { return "there is no second \(second)" }
        return nil
    }
}
