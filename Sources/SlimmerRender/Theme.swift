import Foundation
import SlimmerContent
import SlimmerTemplates
import Yams

/// A theme's templates, translation table and static files, with the site's
/// own `templates/` and `static/` laid over it.
public struct Theme: Sendable {
    public let name: String
    public let library: TemplateLibrary
    /// The translation table for the site's language.
    public let translations: Translations
    /// Static files to copy: output path → source path, site files winning.
    /// Stylesheets and scripts have a content hash in their output path.
    public let staticFiles: [String: String]
    /// Fingerprinted files: path as written in the theme (`css/style.css`) →
    /// output path (`css/style.1a2b3c4d5e.css`).
    public let assets: [String: String]
    /// The fingerprinted files' contents by source path, read once to hash
    /// them, so that the static step need not read them again.
    public let assetContents: [String: Data]

    /// The templates every theme must have.
    public static let requiredTemplates = [
        "base", "home", "doetank", "case", "event", "outcome", "page", "section", "events", "term", "terms", "search",
        "404",
    ]

    /// Loads the theme named in the configuration; diagnostics name every
    /// template that does not parse and every template that is missing.
    public static func load(config: SiteConfig, fileSystem: FileSystem) -> (Theme?, [Diagnostic]) {
        let themeRoot = "themes/\(config.theme)"
        guard !fileSystem.files(under: themeRoot).isEmpty else {
            let hint = "Set `theme:` in site.yml to a folder under themes/, such as slimmer."
            return (
                nil,
                [Diagnostic(file: SiteConfig.fileName, message: "there is no theme \"\(config.theme)\"", hint: hint)]
            )
        }
        var diagnostics: [Diagnostic] = []
        var library = TemplateLibrary()
        var compiled: [(file: String, template: Template)] = []
        for (name, file) in templateFiles(themeRoot: themeRoot, fileSystem: fileSystem) {
            do {
                guard let text = String(validating: try fileSystem.contents(of: file), as: UTF8.self) else {
                    diagnostics.append(
                        Diagnostic(
                            file: file, message: "the template is not valid UTF-8 text", hint: "Save it as UTF-8."))
                    continue
                }
                let template = try Template(text)
                compiled.append((file, template))
                library.register(template, named: name)
            } catch let error as TemplateError {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: error.line, column: error.column, message: "template error: \(error.message)",
                        hint: "Check that every {{#…}} has its {{/…}}."))
            } catch {
                diagnostics.append(Diagnostic(file: file, message: "cannot read template: \(error)"))
            }
        }
        for name in requiredTemplates
        where library.template(named: name) == nil
            && !diagnostics.contains(where: {
                $0.file.hasSuffix("/\(name).mustache")
            })
        {
            diagnostics.append(
                Diagnostic(
                    file: "\(themeRoot)/templates/\(name).mustache", message: "the theme has no template \"\(name)\"",
                    hint: "Add it to the theme or to templates/ at the site's root."))
        }
        let (translations, problems) = Translations.load(
            file: "\(themeRoot)/i18n/\(config.language).yml", fileSystem: fileSystem)
        diagnostics += problems
        // A table that could not be read would make every key look missing.
        if !translations.strings.isEmpty {
            diagnostics += compiled.flatMap {
                missingTranslations(in: $0.template, file: $0.file, translations: translations)
            }
        }
        let (files, assets, contents) = staticFilesAndAssets(themeRoot: themeRoot, fileSystem: fileSystem)
        let theme = Theme(
            name: config.theme, library: library, translations: translations, staticFiles: files, assets: assets,
            assetContents: contents)
        return (theme, diagnostics)
    }

    /// Template name → file, the site's `templates/` overriding the theme's.
    private static func templateFiles(themeRoot: String, fileSystem: FileSystem) -> [(String, String)] {
        var result: [String: String] = [:]
        for folder in ["\(themeRoot)/templates", "templates"] {
            for file in fileSystem.files(under: folder) where file.hasSuffix(".mustache") {
                let name = String(file.dropFirst(folder.count + 1).dropLast(".mustache".count))
                result[name] = file
            }
        }
        return result.sorted { $0.key < $1.key }
    }

    /// Static files to copy for the theme named in `config`: output path → source path.
    public static func staticFiles(config: SiteConfig, fileSystem: FileSystem) -> [String: String] {
        staticFilesAndAssets(themeRoot: "themes/\(config.theme)", fileSystem: fileSystem).files
    }

    private static func staticFilesAndAssets(
        themeRoot: String, fileSystem: FileSystem
    ) -> (files: [String: String], assets: [String: String], contents: [String: Data]) {
        var sources: [String: String] = [:]
        for folder in ["\(themeRoot)/static", "static"] {
            for file in fileSystem.files(under: folder) where !(file as NSString).lastPathComponent.hasPrefix(".") {
                sources[String(file.dropFirst(folder.count + 1))] = file
            }
        }
        var files: [String: String] = [:]
        var assets: [String: String] = [:]
        var assetContents: [String: Data] = [:]
        for (path, source) in sources {
            // An unreadable file keeps its name; the static step reports it.
            guard Fingerprint.applies(to: path), let contents = try? fileSystem.contents(of: source) else {
                files[path] = source
                continue
            }
            let output = Fingerprint.name(path, contents: contents)
            files[output] = source
            assets[path] = output
            assetContents[source] = contents
        }
        return (files, assets, assetContents)
    }
}
