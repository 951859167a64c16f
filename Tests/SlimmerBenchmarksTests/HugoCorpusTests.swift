import Foundation
import Testing

@testable import SlimmerBenchmarks

@Suite struct HugoCorpusTests {
    static let corpus = Corpus(pages: 80, words: 300, seed: 11)
    static let hugo = corpus.hugoFiles()
    static let slimmer = corpus.slimmerFiles()

    /// The front matter of a Hugo content file, split into `key: value` lines, and its body.
    static func parse(_ file: String) -> (fields: [String: String], body: String) {
        let parts = file.components(separatedBy: "---\n")
        var fields: [String: String] = [:]
        for line in parts[1].split(separator: "\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = pair[1].trimmingCharacters(in: .whitespaces) }
        }
        return (fields, parts.dropFirst(2).joined(separator: "---\n"))
    }

    @Test func theSameSeedGivesTheSameHugoSite() {
        #expect(Corpus(pages: 40, seed: 3).hugoFiles() == Corpus(pages: 40, seed: 3).hugoFiles())
        #expect(Corpus(pages: 40, seed: 3).hugoFiles() != Corpus(pages: 40, seed: 4).hugoFiles())
    }

    @Test func everyEntryHasAHugoPageAtItsSlimmerAddress() throws {
        let sections = [
            "doetank": "doetanks/", "case": "casussen/", "event": "bijeenkomsten/", "outcome": "opbrengsten/",
        ]
        for entry in Self.corpus.entries {
            let path = "content/\(sections[entry.kind] ?? "")\(entry.slug).md"
            #expect(Corpus.hugoPath(of: entry) == path)
            #expect(Self.hugo[path] != nil, "no Hugo file for \(entry.folder)/\(entry.slug)")
        }
    }

    @Test func bothSitesHaveTheSameNumberOfPagesOfEachKind() {
        func count(_ files: [String: String], under folder: String) -> Int {
            files.keys.filter { $0.hasPrefix("content/\(folder)/") && !$0.hasSuffix("_index.md") }.count
        }
        for (slimmer, hugo) in Corpus.hugoSections where !hugo.isEmpty {
            #expect(count(Self.slimmer, under: slimmer) == count(Self.hugo, under: hugo))
        }
        let hugoRoot = Self.hugo.keys.filter {
            $0.split(separator: "/").count == 2 && !$0.hasSuffix("_index.md") && $0 != "content/zoeken.md"
        }
        #expect(hugoRoot.count == count(Self.slimmer, under: "pages"))
        #expect(hugoRoot.count > 0)
    }

    @Test func frontMatterCarriesTheSameTitleDateAndTerms() throws {
        for entry in Self.corpus.entries {
            let (fields, _) = Self.parse(try #require(Self.hugo[Corpus.hugoPath(of: entry)]))
            #expect(fields["title"] == "\"\(entry.title)\"")
            #expect(fields["summary"] == "\"\(entry.summary)\"")
            #expect(fields["draft"] == "false")
            #expect(fields["date"]?.hasPrefix(entry.date) == true)
            #expect(fields["topics"] == "[\(entry.topics.joined(separator: ", "))]")
            #expect(fields["themes"] == (entry.kind == "page" ? nil : "[\(entry.themes.joined(separator: ", "))]"))
            #expect(fields["kind"] == nil)
        }
    }

    @Test func bodiesAreTheSameButForLinksToContentFiles() throws {
        var links = 0
        for entry in Self.corpus.entries {
            let (_, body) = Self.parse(try #require(Self.hugo[Corpus.hugoPath(of: entry)]))
            #expect(!body.contains(".md)"))
            links += body.components(separatedBy: "](/doetanks/").count - 1
            let original = entry.body.replacingOccurrences(of: "](../doetanks/", with: "](/doetanks/")
                .replacingOccurrences(of: ".md)", with: "/)")
            #expect(body == original)
        }
        #expect(links > 0)
    }

    @Test func linksToEverySectionAreRewrittenAndOthersKept() {
        #expect(Corpus.hugoBody("[a](../cases/c.md) [b](../pages/p.md)") == "[a](/casussen/c/) [b](/p/)")
        #expect(Corpus.hugoBody("[a](../elders/x.md) [b](../x.png)") == "[a](../elders/x.md) [b](../x.png)")
    }

    @Test func everyTermHasAPageWithItsLabel() {
        for term in Corpus.themes {
            #expect(
                Self.hugo["content/themes/\(term)/_index.md"]?.contains("title: \"\(Corpus.termLabel(term))\"") == true)
        }
        for term in Corpus.topics { #expect(Self.hugo["content/topics/\(term)/_index.md"] != nil) }
    }

    @Test func configIsOfflineDutchPaginatedAndDeclaresBothTaxonomies() throws {
        let config = try #require(Self.hugo["config.toml"])
        let lines = Set(config.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for expected in [
            "baseURL = \"https://example.org/\"", "languageCode = \"nl\"", "disableKinds = [\"RSS\"]",
            "enableRobotsTXT = true", "buildFuture = true", "paginate = 10", "paginatePath = \"pagina\"",
            "[taxonomies]", "theme = \"themes\"", "topic = \"topics\"", "now = \"\(Corpus.hugoNow)\"",
        ] {
            #expect(lines.contains(expected), "config.toml lacks \(expected)")
        }
        #expect(!config.hasPrefix("theme") && !config.contains("\ntheme"), "Hugo must not look for a theme")
        #expect(!config.contains("[module"))
    }

    @Test func theLayoutsTheHugoSiteNeedsExist() {
        let layouts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Benchmarks/hugo/layouts")
        for path in [
            "_default/baseof.html", "_default/single.html", "_default/list.html", "_default/taxonomy.html",
            "_default/term.html", "_default/search.html", "index.html", "404.html", "bijeenkomsten/list.html",
        ] {
            #expect(FileManager.default.fileExists(atPath: layouts.appendingPathComponent(path).path), "\(path)")
        }
    }
}
