import Foundation
import SlimmerTemplates
import Testing

/// The default theme parses and renders as swift-mustache rendered it. The
/// expected snippets are written out by hand, whitespace included (lines that
/// hold only spaces are spelled out, so no editor trims them).
@Suite struct ThemeTests {
    static func library() throws -> TemplateLibrary {
        var library = TemplateLibrary()
        for (name, source) in ThemeFixture.templateSources() { try library.register(source, named: name) }
        return library
    }

    static func expect(_ html: String, contains lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let snippet = lines.joined(separator: "\n")
        #expect(html.contains(snippet), "missing:\n\(snippet)", sourceLocation: sourceLocation)
    }

    @Test func everyTemplateOfTheThemeParses() {
        let sources = ThemeFixture.templateSources()
        #expect(sources.count >= 23)
        // The golden-output fixture site's own theme too.
        let mini = ThemeFixture.themeFolder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Fixtures/sites/basic/themes/mini/templates")
        let fixture = ThemeFixture.templateSources(in: mini)
        #expect(!fixture.isEmpty)
        for (name, source) in sources.merging(fixture.map { ("mini/\($0)", $1) }, uniquingKeysWith: { $1 }) {
            #expect(throws: Never.self, "\(name)") { try Template(source) }
        }
    }

    @Test func homeWrapsListsWithFirstAndLastAndInheritsFromBase() throws {
        let html = try #require(try Self.library().render("home", ThemeFixture.home()))
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"nl\">\n<head>\n"))
        #expect(html.hasSuffix("</footer>\n</body>\n</html>\n"))
        // The child's {{$title}} replaces the parent's default; the empty {{$head}} leaves its line.
        Self.expect(html, contains: ["<title>Slimmer &amp; Co – Samen &lt;slimmer&gt; werken</title>"])
        Self.expect(
            html,
            contains: ["<link rel=\"icon\" href=\"/img/favicon.svg\" type=\"image/svg+xml\">", "", "</head>"])
        Self.expect(
            html,
            contains: [
                "<main id=\"inhoud\" tabindex=\"-1\">", "<section class=\"hero\" aria-labelledby=\"hero-title\">",
            ])
        Self.expect(
            html,
            contains: [
                "    <ul class=\"term-grid\">",
                "      <li><a class=\"term-tile\" href=\"/themas/x/\">",
                "  <span class=\"term-tile__label\">Publieke waarde</span>",
                "  <span class=\"term-tile__description\">Wat het oplevert</span>",
                "  <span class=\"term-tile__count\"><span class=\"visually-hidden\">Aantal items: </span>3</span>",
                "</a>", "</li>", "    ", "    ",
                "      <li><a class=\"term-tile\" href=\"/themas/x/\">",
                "  <span class=\"term-tile__label\">Uitvoering</span>", "  ",
                "  <span class=\"term-tile__count\"><span class=\"visually-hidden\">Aantal items: </span>3</span>",
                "</a>", "</li>", "    ", "    ",
                "      <li><a class=\"term-tile\" href=\"/themas/x/\">",
                "  <span class=\"term-tile__label\">Data</span>", "  ",
                "  <span class=\"term-tile__count\"><span class=\"visually-hidden\">Aantal items: </span>3</span>",
                "</a>", "</li>", "    </ul>", "  </section>",
            ])
        // {{#first()}} picks the first event; the standalone {{>partials/date-block}}
        // inside event-row indents the partial's lines by two spaces.
        Self.expect(
            html,
            contains: [
                "      <h2 class=\"hero__next-title\" id=\"next-event-title\">Eerstvolgende bijeenkomst</h2>",
                "      <article class=\"event-row event-row--example\">",
                "  <div class=\"date-block\" aria-hidden=\"true\">",
                "    <span class=\"date-block__day\">12</span><span class=\"date-block__month\">"
                    + "<abbr title=\"maart\">maa</abbr></span>",
                "    ", "    <span class=\"date-block__year\">2026</span>", "  </div>",
                "  <div class=\"event-row__body\">",
            ])
        let aside = try #require(html.range(of: "hero__next\"")?.upperBound)
        let asideEnd = try #require(html[aside...].range(of: "</aside>")?.lowerBound)
        #expect(html[aside..<asideEnd].contains("Café") && !html[aside..<asideEnd].contains("Sessie"))
    }

    @Test func doetankIndentsPartialsAsSwiftMustacheDid() throws {
        let html = try #require(try Self.library().render("doetank", ThemeFixture.doetank()))
        Self.expect(
            html,
            contains: [
                "  <div class=\"wrap item-layout\">",
                "    <aside class=\"notice notice--example\" aria-labelledby=\"example-notice-title\">",
                "      <p class=\"notice__title\" id=\"example-notice-title\">Voorbeeldinhoud</p>",
            ])
        // swift-mustache indents a list's first item only; kept for identical pages.
        Self.expect(
            html,
            contains: [
                "      <nav class=\"toc\" aria-labelledby=\"toc-title\">",
                "        <h2 class=\"toc__title\" id=\"toc-title\">Inhoud</h2>",
                "        <ol class=\"toc__list\">",
                "          <li class=\"toc__item toc__item--h2\"><a href=\"#a\">Aanpak</a></li>",
                "    <li class=\"toc__item toc__item--h3\"><a href=\"#b\">Stap één</a></li>",
                "    <li class=\"toc__item toc__item--h2\"><a href=\"#c\">Slot</a></li>",
                "        </ol>", "      </nav>", "      <div class=\"prose\"><h2 id=\"a\">Aanpak</h2>",
            ])
        Self.expect(
            html,
            contains: [
                "          <div class=\"facts__row\"><dt>Organisaties</dt><dd><ul class=\"plain-list\">"
                    + "<li>Gemeente Zwolle</li>",
                "          <li>Humanitas</li></ul></dd></div>",
            ])
        Self.expect(
            html,
            contains: [
                "          <li class=\"member\">", "            <span class=\"member__name\">Cas</span>",
                "            ",
                "            ", "          </li>",
            ])
        Self.expect(html, contains: ["<h1 class=\"item-header__title\">Maatschappelijke &lt;Rekenkamer&gt;</h1>"])
        Self.expect(html, contains: ["  <h2 class=\"terms__title\">Thema&#39;s</h2><ul class=\"chips\">"])
    }

    @Test func termNumbersGroupsWithIndexAndIndentsPagination() throws {
        let html = try #require(try Self.library().render("term", ThemeFixture.termPage()))
        Self.expect(
            html,
            contains: [
                "      <nav class=\"term-jump\" aria-label=\"Op deze pagina\"><ul>",
                "        <li><a href=\"#groep-0\">Doetanks</a></li>", "      ", "      ",
                "        <li><a href=\"#groep-1\">Casussen</a></li>", "      </ul></nav>",
            ])
        Self.expect(
            html,
            contains: [
                "    <section class=\"listing__group\" id=\"groep-1\" aria-labelledby=\"groep-1-title\">",
                "      <h2 id=\"groep-1-title\">Casussen</h2>",
            ])
        Self.expect(
            html,
            contains: [
                "    <nav class=\"pagination\" aria-label=\"Paginering\">",
                "      <p class=\"pagination__status\">Pagina 2 van 3</p>",
                "      <ul class=\"pagination__list\">",
                "        <li><a class=\"pagination__step\" href=\"/themas/publieke-waarde/\" rel=\"prev\">Vorige</a></li>",
                "        <li><a class=\"pagination__page\" href=\"/p/1/\"><span class=\"visually-hidden\">Pagina </span>1</a></li>",
                "    <li><a class=\"pagination__page\" href=\"/p/2/\" aria-current=\"page\">"
                    + "<span class=\"visually-hidden\">Pagina </span>2</a></li>",
                "    <li><a class=\"pagination__page\" href=\"/p/3/\"><span class=\"visually-hidden\">Pagina </span>3</a></li>",
            ])
    }

    @Test func translationKeysAreListedWithTheirPlace() throws {
        let base = try #require(try Self.library().template(named: "base"))
        let names = base.names(withPrefix: "t.")
        let first = try #require(names.first)
        #expect(first.name == "t.pageTitleSeparator" && first.line == 6 && first.column == 32)
        #expect(names.contains { $0.name == "t.partnerBZK" })
        #expect(!names.contains { !$0.name.hasPrefix("t.") })
    }
}
