import Foundation
import SlimmerContent

/// A small valid site in memory, for building variants of in tests.
enum TestSite {
    static let config = """
        title: Testnetwerk
        baseURL: https://example.org/portal/
        timeZone: Europe/Amsterdam
        themes:
          - { slug: slimmer-werken, label: Slimmer werken, description: Werk dat beter kan. }
          - { slug: publieke-waarde, label: Publieke waarde, description: Wat het oplevert. }
        topics:
          - { slug: financien, label: Financiën, description: Geld. }
        """

    static let doetank = """
        ---
        title: Maatschappelijke Rekenkamer
        summary: Toetst beleid aan de maatschappelijke impact.
        status: active
        started: 2025-09-01
        themes: [publieke-waarde]
        ---
        ## Aanpak

        Zie [de casus](../cases/schuldhulp.md#resultaat).
        """

    static let study = """
        ---
        title: Schuldhulp in beeld
        summary: Werkt schuldhulp echt?
        doetank: maatschappelijke-rekenkamer
        themes: [publieke-waarde]
        topics: [financien]
        ---
        Tekst.
        """

    static let event = """
        ---
        title: Netwerkcafé maart
        summary: Samen aan het werk.
        kind: netwerkcafe
        start: 2026-03-12T14:00
        end: 2026-03-12T17:00
        location: { name: Pakhuis, city: Amsterdam }
        doetanks: [maatschappelijke-rekenkamer]
        themes: [slimmer-werken]
        ---
        """

    static var files: [String: String] {
        [
            "site.yml": config,
            "content/doetanks/maatschappelijke-rekenkamer.md": doetank,
            "content/cases/schuldhulp.md": study,
            "content/events/netwerkcafe-maart.md": event,
        ]
    }

    static func fileSystem(_ overrides: [String: String] = [:]) -> MemoryFileSystem {
        MemoryFileSystem(texts: files.merging(overrides) { _, new in new })
    }

    static func loadedConfig() -> SiteConfig {
        SiteConfig.load(from: fileSystem()).0!
    }

    /// Loads and links a site; returns the graph and every diagnostic.
    static func link(
        _ overrides: [String: String] = [:], now: String = "2026-06-01T12:00", drafts: Bool = false
    ) -> (ContentGraph, [Diagnostic]) {
        let fs = fileSystem(overrides)
        let (config, configProblems) = SiteConfig.load(from: fs)
        let content = ContentLoader(fileSystem: fs, config: config!).load()
        let moment = try! DateValue.parse(now, timeZone: config!.timeZone).get().instant
        let (graph, linkProblems) = Linker(config: config!, now: moment, includeDrafts: drafts).link(content)
        return (graph, configProblems + content.diagnostics + linkProblems)
    }
}
