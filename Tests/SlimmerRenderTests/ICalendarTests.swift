import Foundation
import SlimmerContent
import Testing

@testable import SlimmerRender

private let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

private func moment(_ text: String, in zone: TimeZone = amsterdam) throws -> DateValue {
    try DateValue.parse(text, timeZone: zone).get()
}

private func calendarEvent(
    title: String = "Netwerkcafé maart", description: String = "", start: DateValue, end: DateValue? = nil,
    location: String? = nil, url: String? = nil
) throws -> CalendarEvent {
    CalendarEvent(
        uid: "event/netwerkcafe-maart@slimmernetwerk.nl", title: title, description: description, start: start,
        end: end, location: location, url: url, stamp: try moment("2026-03-01T10:00"))
}

/// The content lines of a document, unfolded as RFC 5545 3.1 says a parser must.
private func contentLines(_ document: String) -> [String] {
    let unfolded = document.replacingOccurrences(of: "\r\n ", with: "")
    return unfolded.components(separatedBy: "\r\n").dropLast().map { $0 }
}

/// The raw values of every line that starts with `prefix`, such as `DTSTART;`.
private func values(_ prefix: String, in document: String) -> [String] {
    contentLines(document).filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
}

@Suite struct ICalendarTests {
    /// The arithmetic against Foundation's Gregorian calendar, over two
    /// centuries of instants (before 1970 too) in zones with odd offsets and
    /// daylight saving time.
    @Test func dateTimesMatchAGregorianCalendarInEveryZone() {
        let zones = ["Europe/Amsterdam", "UTC", "America/New_York", "Asia/Kathmandu", "Pacific/Chatham"]
            .compactMap(TimeZone.init(identifier:))
        var state: UInt64 = 7
        for _ in 0..<3_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let instant = Date(timeIntervalSince1970: Double(Int64(bitPattern: state) % 3_155_760_000))
            let zone = zones[Int(state % UInt64(zones.count))]
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
            let expected =
                [(parts.year!, 4), (parts.month!, 2), (parts.day!, 2)].map { String(format: "%0*d", $1, $0) }
                .joined() + "T"
                + [parts.hour!, parts.minute!, parts.second!].map { String(format: "%02d", $0) }.joined()
            #expect(CalendarClock.dateTime(instant, in: zone) == expected, "\(instant) in \(zone.identifier)")
        }
    }

    @Test func writesTheWholeDocumentByteForByte() throws {
        let event = try calendarEvent(
            start: moment("2026-03-12T14:00"), end: moment("2026-03-12T17:00"),
            location: "Gemeentehuis, Spui 70, Den Haag", url: "https://slimmernetwerk.nl/events/netwerkcafe-maart/")
        let document = ICalendar.document(name: "Slimmernetwerk", events: [event], timeZone: amsterdam)
        let expected = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Slimmernetwerk//Slimmer//NL", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:Slimmernetwerk", "X-WR-TIMEZONE:Europe/Amsterdam",
            "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT", "UID:event/netwerkcafe-maart@slimmernetwerk.nl", "DTSTAMP:20260301T090000Z",
            "DTSTART;TZID=Europe/Amsterdam:20260312T140000", "DTEND;TZID=Europe/Amsterdam:20260312T170000",
            "SUMMARY:Netwerkcafé maart", "LOCATION:Gemeentehuis\\, Spui 70\\, Den Haag",
            "URL:https://slimmernetwerk.nl/events/netwerkcafe-maart/", "END:VEVENT",
            "END:VCALENDAR",
        ]
        #expect(document == expected.map { $0 + "\r\n" }.joined())
    }

    @Test func foldsAt75OctetsWithoutSplittingACharacter() throws {
        let description = String(
            repeating: "Tijdens de Doetank-sessie over financiële ideeën 🎉 delen we één ervaring. ", count: 8)
        let event = try calendarEvent(description: description, start: moment("2026-03-12T14:00"))
        let document = ICalendar.document(name: "Slimmernetwerk", events: [event], timeZone: amsterdam)
        let physical = Array(document.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        #expect(physical.allSatisfy { $0.last == 0x0D }, "every line ends in CRLF")
        for line in physical.map({ Array($0.dropLast()) }) {
            #expect(line.count <= 75, "\(line.count) octets")
            #expect(String(validating: line, as: UTF8.self) != nil, "a UTF-8 sequence is split")
        }
        let lines = document.components(separatedBy: "\r\n")
        let first = try #require(lines.firstIndex { $0.hasPrefix("DESCRIPTION:") })
        let continued = lines[(first + 1)...].prefix { $0.hasPrefix(" ") }
        #expect(continued.count >= ("DESCRIPTION:" + description).utf8.count / 75, "too few continuation lines")
        #expect(values("DESCRIPTION:", in: document) == [description])
    }

    @Test func movesAMultiByteCharacterThatWouldCrossTheLimitToTheNextLine() throws {
        // "DESCRIPTION:" is 12 octets, so 62 letters end at octet 74 and "ë" (2 octets) cannot fit.
        for tail in ["ë", "🎉"] {
            let description = String(repeating: "a", count: 62) + tail + "b"
            let event = try calendarEvent(description: description, start: moment("2026-03-12T14:00"))
            let document = ICalendar.document(name: "Slimmernetwerk", events: [event], timeZone: amsterdam)
            let lines = document.components(separatedBy: "\r\n")
            let index = try #require(lines.firstIndex { $0.hasPrefix("DESCRIPTION:") })
            #expect(lines[index].utf8.count == 74)
            #expect(lines[index + 1] == " " + tail + "b")
        }
    }

    @Test func escapesTextAndKeepsMarkupAsPlainText() throws {
        let title = "<script>alert(\"x\") & 'y'</script> 🎉"
        let description = "Kosten; gratis, met koffie\\thee\nRegel twee\r\nRegel drie\rzonder CR"
        let event = try calendarEvent(
            title: title, description: description, start: moment("2026-03-12T14:00"), location: "Zaal 1; Utrecht")
        let document = ICalendar.document(name: "Agenda; Slimmer, netwerk", events: [event], timeZone: amsterdam)
        #expect(values("SUMMARY:", in: document) == [title])
        #expect(
            values("DESCRIPTION:", in: document) == [
                "Kosten\\; gratis\\, met koffie\\\\thee\\nRegel twee\\nRegel driezonder CR"
            ])
        #expect(values("LOCATION:", in: document) == ["Zaal 1\\; Utrecht"])
        #expect(values("X-WR-CALNAME:", in: document) == ["Agenda\\; Slimmer\\, netwerk"])
        #expect(!document.contains("&amp;") && !document.contains("&lt;"))
    }

    @Test func writesAmsterdamLocalTimesInWinterAndSummer() throws {
        let winter = try calendarEvent(start: moment("2026-01-15T09:30"), end: moment("2026-01-15T12:00"))
        let summer = try calendarEvent(start: moment("2026-07-02T19:30"), end: moment("2026-07-02T22:15"))
        let document = ICalendar.document(name: "Slimmernetwerk", events: [winter, summer], timeZone: amsterdam)
        #expect(
            values("DTSTART;", in: document) == [
                "TZID=Europe/Amsterdam:20260115T093000", "TZID=Europe/Amsterdam:20260702T193000",
            ])
        #expect(
            values("DTEND;", in: document) == [
                "TZID=Europe/Amsterdam:20260115T120000", "TZID=Europe/Amsterdam:20260702T221500",
            ])
        #expect(values("BEGIN:VTIMEZONE", in: document).count == 1)
        #expect(values("X-WR-TIMEZONE:", in: document) == ["Europe/Amsterdam"])
    }

    @Test func writesDTSTAMPInUTC() throws {
        var event = try calendarEvent(start: moment("2026-03-12T14:00"))
        event.stamp = try moment("2026-07-01T10:05")
        let document = ICalendar.document(name: "Slimmernetwerk", events: [event], timeZone: amsterdam)
        #expect(values("DTSTAMP:", in: document) == ["20260701T080500Z"])
    }

    @Test func leavesOutDTENDWhenATimedEventHasNoEnd() throws {
        let event = try calendarEvent(start: moment("2026-03-12T14:00"))
        let document = ICalendar.document(name: "Slimmernetwerk", events: [event], timeZone: amsterdam)
        #expect(values("DTSTART;", in: document) == ["TZID=Europe/Amsterdam:20260312T140000"])
        #expect(values("DTEND", in: document).isEmpty)
    }

    @Test func writesDateOnlyEventsWithAnExclusiveEnd() throws {
        let oneDay = try calendarEvent(start: moment("2026-03-12"))
        let overNewYear = try calendarEvent(start: moment("2026-12-30"), end: moment("2026-12-31"))
        let leapDay = try calendarEvent(start: moment("2028-02-28"))
        let events = [oneDay, overNewYear, leapDay]
        let document = ICalendar.document(name: "Slimmernetwerk", events: events, timeZone: amsterdam)
        #expect(
            values("DTSTART;", in: document) == ["VALUE=DATE:20260312", "VALUE=DATE:20261230", "VALUE=DATE:20280228"])
        #expect(
            values("DTEND;", in: document) == ["VALUE=DATE:20260313", "VALUE=DATE:20270101", "VALUE=DATE:20280229"])
    }

    @Test func endsATimedEventWithADateOnlyEndAtTheEndOfThatDay() throws {
        let event = try calendarEvent(start: moment("2026-03-12T14:00"), end: moment("2026-03-13"))
        let document = ICalendar.document(name: "Slimmernetwerk", events: [event], timeZone: amsterdam)
        #expect(values("DTEND;", in: document) == ["TZID=Europe/Amsterdam:20260314T000000"])
    }

    @Test(arguments: ["UTC", "America/New_York"])
    func writesUTCTimesForAnyOtherSiteTimeZone(identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        let event = try calendarEvent(
            start: moment("2026-03-12T14:00", in: zone), end: moment("2026-03-12T16:30", in: zone))
        let document = ICalendar.document(name: "Slimmernetwerk", events: [event], timeZone: zone)
        // New York is on daylight saving time (UTC-4) since 8 March 2026.
        let hours = identifier == "UTC" ? ("14", "16") : ("18", "20")
        #expect(values("DTSTART:", in: document) == ["20260312T\(hours.0)0000Z"])
        #expect(values("DTEND:", in: document) == ["20260312T\(hours.1)3000Z"])
        #expect(!document.contains("TZID") && !document.contains("VTIMEZONE") && !document.contains("X-WR-TIMEZONE"))
    }
}

/// Reads the writer's output back with the Python `icalendar` package, an
/// independent RFC 5545 parser, so that the tests do not only check the writer
/// against its own idea of the format.
@Suite struct ICalendarParserTests {
    struct Parsed: Decodable {
        var name: String
        var events: [ParsedEvent]
    }

    struct ParsedEvent: Decodable {
        var uid: String
        var summary: String
        var description: String?
        var location: String?
        var url: String?
        var start: ParsedMoment
        var end: ParsedMoment?
    }

    /// `ownRules` is the instant by the file's own VTIMEZONE, not Python's tz database.
    struct ParsedMoment: Decodable, Equatable {
        var timestamp: Double?
        var ownRules: Double?
        var date: String?
    }

    static let script = """
        import json, sys
        from datetime import datetime
        import icalendar

        calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
        own = {str(z["TZID"]): z.to_tz(lookup_tzid=False) for z in calendar.walk("VTIMEZONE")}

        def moment(prop):
            if prop is None:
                return None
            value = prop.dt
            if not isinstance(value, datetime):
                return {"date": value.isoformat()}
            result = {"timestamp": value.timestamp()}
            if "TZID" in prop.params:
                result["ownRules"] = value.replace(tzinfo=own[prop.params["TZID"]]).timestamp()
            return result

        def text(prop):
            return None if prop is None else str(prop)

        events = [{
            "uid": text(e.get("UID")), "summary": text(e.get("SUMMARY")),
            "description": text(e.get("DESCRIPTION")), "location": text(e.get("LOCATION")),
            "url": text(e.get("URL")), "start": moment(e.get("DTSTART")), "end": moment(e.get("DTEND")),
        } for e in calendar.walk("VEVENT")]
        print(json.dumps({"name": str(calendar["X-WR-CALNAME"]), "events": events}))
        """

    static func python(_ arguments: [String]) throws -> (status: Int32, output: Data, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data, String(decoding: message, as: UTF8.self))
    }

    static func parse(_ document: String) throws -> Parsed? {
        let probe = try python(["-c", "import icalendar"])
        guard probe.status == 0 else {
            Issue.record("python3 cannot import icalendar; run `pip install icalendar`. \(probe.error)")
            return nil
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-\(UUID().uuidString).ics")
        try Data(document.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try python(["-c", script, file.path])
        try #require(run.status == 0, "icalendar could not read the file: \(run.error)")
        return try JSONDecoder().decode(Parsed.self, from: run.output)
    }

    @Test(arguments: ["Europe/Amsterdam", "America/New_York"])
    func anIndependentParserReadsBackEveryValue(identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        let stamp = try moment("2026-03-01T10:00", in: zone)
        let description = String(
            repeating: "Financiële ideeën; één agenda, twee\\drie 🎉\nTweede regel met \"aanhalingstekens\". ", count: 4)
        let events = [
            CalendarEvent(
                uid: "event/winter@slimmernetwerk.nl", title: "<script>alert(\"x\") & 'y'</script> 🎉",
                description: description, start: try moment("2026-01-15T09:30", in: zone),
                end: try moment("2026-01-15T12:00", in: zone), location: "Gemeentehuis, Spui 70, Den Haag",
                url: "https://slimmernetwerk.nl/events/winter/?a=1&b=2", stamp: stamp),
            CalendarEvent(
                uid: "event/zomer@slimmernetwerk.nl", title: "Grand Café; zomer, editie", description: "",
                start: try moment("2026-07-02T19:30", in: zone), stamp: stamp),
            CalendarEvent(
                uid: "event/dag@slimmernetwerk.nl", title: "Doetank-dag", description: "Hele dag",
                start: try moment("2026-03-12", in: zone), end: try moment("2026-03-13", in: zone), stamp: stamp),
        ]
        let document = ICalendar.document(name: "Agenda, Slimmernetwerk", events: events, timeZone: zone)
        guard let parsed = try Self.parse(document) else { return }
        // icalendar keeps unknown X- properties raw, though RFC 5545 3.8.8.2 makes their default type TEXT.
        #expect(parsed.name == "Agenda\\, Slimmernetwerk")
        try #require(parsed.events.count == 3)
        #expect(parsed.events.map(\.uid) == events.map(\.uid))
        #expect(parsed.events.map(\.summary) == events.map(\.title))
        #expect(parsed.events.map(\.description) == [description, nil, "Hele dag"])
        #expect(parsed.events[0].location == "Gemeentehuis, Spui 70, Den Haag")
        #expect(parsed.events[0].url == "https://slimmernetwerk.nl/events/winter/?a=1&b=2")
        let ownRules = identifier == "Europe/Amsterdam"
        for (event, original) in zip(parsed.events.prefix(2), events) {
            let seconds = original.start.instant.timeIntervalSince1970
            #expect(event.start == ParsedMoment(timestamp: seconds, ownRules: ownRules ? seconds : nil))
        }
        let end = events[0].end!.instant.timeIntervalSince1970
        #expect(parsed.events[0].end == ParsedMoment(timestamp: end, ownRules: ownRules ? end : nil))
        #expect(parsed.events[1].end == nil)
        #expect(parsed.events[2].start == ParsedMoment(date: "2026-03-12"))
        #expect(parsed.events[2].end == ParsedMoment(date: "2026-03-14"))
    }
}
