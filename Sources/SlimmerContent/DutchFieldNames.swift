/// Field names Dutch editors are likely to write, mapped to the English keys
/// the front matter uses: "naam" is not a typo of "name" by edit distance.
enum DutchFieldNames {
    static let english: [String: String] = [
        "titel": "title", "samenvatting": "summary", "thema": "themes", "themas": "themes", "thema's": "themes",
        "onderwerp": "topics", "onderwerpen": "topics", "gestart": "started", "begonnen": "started",
        "startdatum": "started", "einddatum": "ended", "beeindigd": "ended", "beëindigd": "ended", "leden": "members",
        "deelnemers": "members", "organisaties": "organisations", "organisatie": "organisation", "naam": "name",
        "rol": "role", "afbeelding": "image", "foto": "image", "datum": "date", "soort": "kind", "begin": "start",
        "einde": "end", "eind": "end", "locatie": "location", "plaats": "city", "stad": "city", "adres": "address",
        "aanmelden": "registration", "inschrijven": "registration", "capaciteit": "capacity",
        "casussen": "cases", "casus": "cases", "overgenomen": "adoptedBy", "overgenomendoor": "adoptedBy",
        "bijlagen": "attachments", "bijlage": "attachments", "bestand": "file", "toelichting": "note",
        "notitie": "note", "opmerking": "note", "concept": "draft", "voorbeeld": "example",
        "publicatiedatum": "publishDate", "verloopdatum": "expiryDate", "beschrijving": "description",
        "omschrijving": "description", "label": "label", "pad": "path",
    ]

    /// `Use "name" (the English field name) instead of "naam".` when `key` is a
    /// Dutch word for one of the `known` fields.
    static func hint(for key: String, in known: [String]) -> String? {
        let folded = key.lowercased().replacingOccurrences(of: " ", with: "")
        guard let english = english[folded], known.contains(english), english != key else { return nil }
        return "Field names are English: write \"\(english)\" instead of \"\(key)\"."
    }
}
