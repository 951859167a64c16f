// Each nested group reads every one of its fields before deciding whether it
// is complete, so that `finish()` knows them all and never calls a valid
// field unknown.
extension ItemReader {
    func readDoetank(_ fields: FieldReader) -> Doetank {
        let status = fields.choice("status", required: true, as: Status.self)
        let started = fields.date("started", required: true)
        let ended = fields.date("ended")
        let members = fields.nestedList("members").compactMap { member -> Doetank.Member? in
            defer { member.finish() }
            let name = member.string("name", required: true, example: "Anna de Vries")
            let organisation = member.string("organisation")?.value
            let role = member.string("role")?.value
            return name.map { Doetank.Member(name: $0.value, organisation: organisation, role: role) }
        }
        let image = fields.nested("image").flatMap { image -> Doetank.Image? in
            defer { image.finish() }
            let src = image.string("src", required: true, example: "/img/foto.jpg")
            let alt = image.string("alt", required: true, example: "Wat er op de foto te zien is")
            guard let src, let alt else { return nil }
            return Doetank.Image(src: src, alt: alt.value)
        }
        let doetank = Doetank(
            status: status ?? .active, started: started?.value ?? DateValue.placeholder, ended: ended?.value,
            coach: fields.string("coach")?.value, members: members,
            organisations: fields.strings("organisations").map(\.value), image: image,
            contact: fields.email("contact"))
        if let started, let ended, ended.value < started.value {
            fields.report("\"ended\" is before \"started\"", at: ended, hint: "Check both dates.")
        }
        return doetank
    }

    func readCase(_ fields: FieldReader) -> CaseStudy? {
        let doetank = fields.string("doetank", required: true, example: "maatschappelijke-rekenkamer")
        let status = fields.choice("status", as: Status.self)
        let organisations = fields.strings("organisations").map(\.value)
        let date = fields.date("date")?.value
        guard let doetank else { return nil }
        return CaseStudy(doetank: doetank, status: status, organisations: organisations, date: date)
    }

    func readEvent(_ fields: FieldReader) -> Event {
        let kind = fields.choice("kind", required: true, as: Event.Kind.self)
        let start = fields.date("start", required: true, example: "2026-03-12T14:00")
        let end = fields.date("end", example: "2026-03-12T17:00")
        let location = fields.nested("location").flatMap { location -> Event.Location? in
            defer { location.finish() }
            let name = location.string("name", required: true, example: "Het Nieuwe Instituut")
            let address = location.string("address")?.value
            let city = location.string("city")?.value
            return name.map { Event.Location(name: $0.value, address: address, city: city) }
        }
        let online = fields.url("online")
        if location == nil, online == nil, fields.node("location") == nil, fields.node("online") == nil {
            fields.error(
                "an event needs a \"location\" or an \"online\" address", at: nil,
                hint: "Add `location:` with `name:`, `address:` and `city:` below it, or `online: https://…`.")
        }
        if let start, let end, end.value < start.value {
            let midnight = !end.value.hasTime && start.value.hasTime
            let hint =
                midnight
                ? "A date without a time means midnight at its start: write the end time too, such as \(end.value.iso)T17:00."
                : "Check \"start\" and \"end\"."
            fields.report("the event ends before it starts", at: end, hint: hint)
        }
        return Event(
            eventKind: kind ?? .other, start: start?.value ?? .placeholder, end: end?.value, location: location,
            online: online, registration: fields.url("registration"), doetanks: fields.strings("doetanks"),
            capacity: fields.integer("capacity"))
    }

    func readOutcome(_ fields: FieldReader) -> Outcome? {
        let kind = fields.choice("kind", required: true, as: Outcome.Kind.self)
        let date = fields.date("date", required: true)
        let doetank = fields.string("doetank", required: true, example: "maatschappelijke-rekenkamer")
        let adoptions = fields.nestedList("adoptedBy").compactMap { adoption -> Outcome.Adoption? in
            defer { adoption.finish() }
            let organisation = adoption.string("organisation", required: true, example: "Gemeente Utrecht")
            let date = adoption.date("date")?.value
            let note = adoption.string("note")?.value
            return organisation.map { Outcome.Adoption(organisation: $0.value, date: date, note: note) }
        }
        let attachments = fields.nestedList("attachments").compactMap { attachment -> Outcome.Attachment? in
            defer { attachment.finish() }
            let file = attachment.string("file", required: true, example: "/bestanden/handleiding.pdf")
            let title = attachment.string("title", required: true, example: "Handleiding")
            guard let file, let title else { return nil }
            if !file.value.hasPrefix("/"), !file.value.contains(":") {
                let suggested = file.value.contains("/") ? "/" + file.value : "/bestanden/" + file.value
                attachment.report(
                    "the attachment \(file.value) must be written from the site's root", at: file,
                    hint: "Put the file in static/ and write its path with a leading slash, such as \(suggested)."
                )
            }
            return Outcome.Attachment(file: file, title: title.value)
        }
        let cases = fields.strings("cases")
        guard let doetank else { return nil }
        return Outcome(
            outcomeKind: kind ?? .report, date: date?.value ?? .placeholder, doetank: doetank, cases: cases,
            adoptedBy: adoptions, attachments: attachments)
    }
}

extension DateValue {
    /// Stands in for a missing required date while the rest of a file is still
    /// checked; an item with it is never published.
    static let placeholder = DateValue(instant: .init(timeIntervalSince1970: 0), hasTime: false, timeZone: .gmt)
}
