import Foundation
import Testing

@testable import SlimmerContent

@Suite struct DateValueTests {
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

    @Test func dateTimeWithoutOffsetIsInTheSiteTimeZone() throws {
        let winter = try DateValue.parse("2026-03-12T14:00", timeZone: amsterdam).get()
        #expect(winter.instant == Date(timeIntervalSince1970: 1_773_320_400))  // 13:00 UTC
        #expect(winter.iso == "2026-03-12T14:00:00+01:00")
        let summer = try DateValue.parse("2026-06-11 15:30", timeZone: amsterdam).get()
        #expect(summer.iso == "2026-06-11T15:30:00+02:00")
    }

    /// The fields by arithmetic against Foundation's Gregorian calendar, over
    /// two centuries of instants in zones with odd offsets and daylight saving.
    @Test func fieldsMatchAGregorianCalendar() {
        let zones = ["Europe/Amsterdam", "UTC", "America/St_Johns", "Asia/Kathmandu"].compactMap {
            TimeZone(identifier: $0)
        }
        var state: UInt64 = 11
        for _ in 0..<3_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let instant = Date(timeIntervalSince1970: Double(Int64(bitPattern: state) % 3_155_760_000))
            let zone = zones[Int(state % UInt64(zones.count))]
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
            let value = DateValue(instant: instant, hasTime: true, timeZone: zone)
            #expect(
                [value.year, value.month, value.day, value.hour, value.minute]
                    == [parts.year, parts.month, parts.day, parts.hour, parts.minute].map { $0! },
                "\(instant) in \(zone.identifier)")
        }
    }

    @Test func numbersArePaddedAsPrintfPadsThem() {
        for (number, width) in [(0, 2), (7, 2), (42, 2), (123, 2), (5, 4), (2026, 4), (-5, 4), (-42, 2)] {
            #expect(DateValue.padded(number, width) == String(format: "%0*d", width, number))
        }
    }

    @Test func negativeOffsetsAndMinutesAreWrittenInFull() throws {
        let value = try DateValue.parse("2026-03-12T09:05", timeZone: TimeZone(identifier: "America/St_Johns")!).get()
        #expect(value.iso == "2026-03-12T09:05:00-02:30")
    }

    @Test func explicitOffsetIsConvertedToSiteTime() throws {
        let value = try DateValue.parse("2026-03-12T13:00:00Z", timeZone: amsterdam).get()
        #expect(value.hour == 14)
        #expect(value.hasTime)
    }

    @Test func surroundingWhiteSpaceIsIgnoredAndOtherTextIsNot() throws {
        for text in [" 2026-02-28", "2026-02-28\t", "\u{00A0}2026-02-28\u{3000}"] {
            #expect(
                try DateValue.parse(text, timeZone: amsterdam).get().iso == "2026-02-28", "\(text.debugDescription)")
        }
        for text in ["2026-02-28\n", "x2026-02-28", "2026-02-28é"] {
            #expect(DateValue.parse(text, timeZone: amsterdam) == .failure(.format), "\(text.debugDescription)")
        }
    }

    @Test func plainDateIsMidnightAndHasNoTime() throws {
        let value = try DateValue.parse("2026-02-28", timeZone: amsterdam).get()
        #expect(!value.hasTime)
        #expect(value.iso == "2026-02-28")
        #expect((value.year, value.month, value.day, value.hour) == (2026, 2, 28, 0))
    }

    @Test func impossibleDatesAreNamed() {
        #expect(
            DateValue.parse("2026-02-29", timeZone: amsterdam) == .failure(.outOfRange("February 2026 has 28 days")))
        #expect(DateValue.parse("2026-13-01", timeZone: amsterdam) == .failure(.outOfRange("there is no month 13")))
        #expect(
            DateValue.parse("2026-03-12T25:00", timeZone: amsterdam) == .failure(.outOfRange("there is no hour 25")))
        #expect(DateValue.parse("12-03-2026", timeZone: amsterdam) == .failure(.format))
        #expect(DateValue.parse("2026-03-12T14:00+1", timeZone: amsterdam) == .failure(.format))
    }

    @Test func leapYearsFollowTheGregorianRules() {
        #expect((try? DateValue.parse("2024-02-29", timeZone: amsterdam).get()) != nil)
        #expect((try? DateValue.parse("2100-02-29", timeZone: amsterdam).get()) == nil)
        #expect((try? DateValue.parse("2000-02-29", timeZone: amsterdam).get()) != nil)
    }
}

extension Result where Success == DateValue, Failure == DateValue.Problem {
    static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.failure(let a), .failure(let b)): a == b
        case (.success(let a), .success(let b)): a == b
        default: false
        }
    }
}
