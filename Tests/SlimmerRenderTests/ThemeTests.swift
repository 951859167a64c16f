import Foundation
import SlimmerContent
import Testing

@testable import SlimmerRender

@Suite struct ThemeTests {
    let baseFiles: [String: String] = [
        "site.yml": "title: T\nbaseURL: https://example.org/\ntheme: t\n",
        "themes/t/templates/base.mustache": "theme base",
        "themes/t/templates/home.mustache": "theme home",
        "themes/t/i18n/nl.yml": "months: [a, b, c, d, e, f, g, h, i, j, k, l]\nhello: Hallo\n",
        "themes/t/static/css/style.css": "theme css",
        "templates/home.mustache": "site home",
        "static/css/style.css": "site css",
    ]

    func load(_ files: [String: String]) -> (Theme?, [Diagnostic]) {
        let fileSystem = MemoryFileSystem(texts: files)
        let config = SiteConfig.load(from: fileSystem).0!
        return Theme.load(config: config, fileSystem: fileSystem)
    }

    @Test func siteTemplatesAndStaticFilesOverrideTheTheme() throws {
        let (theme, _) = load(baseFiles)
        let loaded = try #require(theme)
        #expect(loaded.library.render("home", [:]) == "site home")
        #expect(loaded.library.render("base", [:]) == "theme base")
        let css = try #require(loaded.assets["css/style.css"])
        #expect(css.hasPrefix("css/style.") && css.hasSuffix(".css") && css != "css/style.css")
        #expect(loaded.staticFiles[css] == "static/css/style.css")
        #expect(loaded.staticFiles["css/style.css"] == nil)
        #expect(loaded.translations["hello"] == "Hallo")
        #expect(loaded.translations.months.count == 12)
    }

    @Test func missingTemplatesAndBrokenTemplatesAreNamed() {
        var files = baseFiles
        files["themes/t/templates/page.mustache"] = "line one\n{{#open}} never closed"
        let (_, diagnostics) = load(files)
        let broken = diagnostics.first { $0.file == "themes/t/templates/page.mustache" }
        #expect(broken?.line == 2)
        #expect(diagnostics.contains { $0.message == "the theme has no template \"doetank\"" })
        #expect(!diagnostics.contains { $0.message == "the theme has no template \"page\"" })
    }

    @Test func unknownThemeIsAnErrorInSiteYML() {
        var files = baseFiles
        files["site.yml"] = "title: T\nbaseURL: https://example.org/\ntheme: bestaat-niet\n"
        let (theme, diagnostics) = load(files)
        #expect(theme == nil)
        #expect(
            diagnostics.map(\.description) == [
                "site.yml: error: there is no theme \"bestaat-niet\". Set `theme:` in site.yml to a folder under themes/, such as slimmer."
            ])
    }

    @Test func templateUsingAnUnknownTranslationIsNamedAtItsPosition() {
        var files = baseFiles
        files["themes/t/templates/base.mustache"] = "<p>{{t.hello}}</p>\n  <p>{{#t.nope}}x{{/t.nope}}</p>"
        let (_, diagnostics) = load(files)
        let missing = diagnostics.filter { $0.file == "themes/t/templates/base.mustache" }
        #expect(
            missing.map(\.description) == [
                "themes/t/templates/base.mustache:2:6: error: the translation \"nope\" is missing from the theme's translation table. Add `nope: …` to the theme's i18n file."
            ])
    }

    @Test func translationsTheRendererNeedsMustExist() {
        let (_, diagnostics) = load(baseFiles)
        let missing = diagnostics.filter { $0.file == "themes/t/i18n/nl.yml" }.map(\.message)
        #expect(missing.contains("the translation \"statusActive\" is missing"))
        #expect(missing.count == Translations.rendererKeys.count)
    }
}
