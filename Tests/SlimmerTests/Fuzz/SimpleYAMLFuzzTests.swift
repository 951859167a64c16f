import Foundation
import Testing
import Yams

@testable import SlimmerContent

/// `SimpleYAMLParser` against Yams: every tree it makes must be the one Yams
/// makes, positions, styles and tags included; whatever it is unsure of it
/// leaves to Yams.
@Suite struct SimpleYAMLFuzzTests {
    static let simpleShapes = [
        "title: Hallo",
        "title: \"Werkwijze efficiënter op 290\"\nsummary: \"Een, twee: drie # vier\"",
        "topics: [dienstverlening, regeldruk]\nthemes: []",
        "themes: [ a , b ]\ndate: 2020-01-01",
        "location: { name: Stadskantoor, city: Utrecht }",
        "location: {name: \"Het Nutshuis\", city: Den Haag}",
        "cases:\n  - casus-1\n  - \"casus 2\"\nstatus: active",
        "cases:\n- casus-1\n- casus-2",
        "adoptedBy:\n  - { organisation: Gemeente Zwolle, date: 2020-01-01 }",
        "\ntitle: Na een lege regel\n\nsummary: En nog een  \n",
        "title: Café Überhaupt — 3 € en ‘quotes’\nsummary: ééé:a",
        "title: C-achtig?\nsummary: Werk & inkomen, 100% 'echt' \"zo\" [1] {2}",
        "title: ~\nsummary: null\nstart: 2026-03-12T14:00",
        "nested: [[a, b], {c: d}, \"e\"]",
        "deep: " + String(repeating: "[", count: 8) + "a" + String(repeating: "]", count: 8),
        "key_with-dash: x\nKey2: y",
        "title: 𝔘nicode buiten het basisvlak\ntopics: [é, 𝔘]",
    ]

    static let otherShapes = [
        "", "# alleen commentaar", "title: C#", "title: Hallo # commentaar", "title: \"met \\\"escape\\\"\"",
        "title: 'enkel'", "title: &a anker\nsummary: *a", "title: !!str tekst", "title: |\n  blok",
        "title: >\n  gevouwen", "location:\n  name: Stadhuis", "title: Een\n  vervolgregel", "title: a: b",
        "title: eindigt op:", "title: dubbel\ntitle: dubbel", "list: [a, b,]", "list: [a: b]", "map: {a: b, a: c}",
        "title:\tTab", "title: x\r", "- a", "---", "title:", "title:\nsummary: x", "\"quoted\": key",
        "title: \"open", "title: [open", "list: [\"a\" b]", "title: x\u{2028}y", "title: x\u{85}y",
        "title: x\u{FEFF}", "cases:\n  - a\n   - b", "cases:\n  - a\n\n  - b", "cases:\n  -a", "title: -1",
        "%YAML 1.1\n---\ntitle: x", "key:value", "2024: jaar", "title: x\n...", "list: [a, {b: [c, d]}, e",
        "deep: " + String(repeating: "[", count: 9) + String(repeating: "]", count: 9),
        "deep: " + String(repeating: "[", count: 100_000),
    ]

    @Test(arguments: simpleShapes) func simpleShapesParseAsYamsParsesThem(yaml: String) {
        let fast = Self.simple(yaml)
        #expect(fast != nil)
        #expect(fast == Self.yams(yaml))
    }

    @Test(arguments: otherShapes) func otherShapesAreLeftToYams(yaml: String) {
        #expect(Self.simple(yaml) == nil)
    }

    @Test func everyPortalAndFixtureFrontMatterParsesAsYamsParsesIt() throws {
        var simple = 0
        var total = 0
        for folder in ["content", "Tests/Fixtures"] {
            let root = Self.repository.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
            for case let url as URL in files where url.pathExtension == "md" {
                guard let text = try? String(contentsOf: url, encoding: .utf8),
                    let yaml = try? FrontMatter.split(text).get().yaml
                else { continue }
                total += 1
                guard let fast = Self.simple(yaml) else { continue }
                simple += 1
                #expect(fast == Self.yams(yaml), "\(url.path)")
            }
        }
        #expect(total > 50)
        #expect(simple > total / 3)
    }

    /// Simple shapes and the basic fixture's front matter, mutated with
    /// YAML's punctuation and awkward characters.
    @Test func mutatedFrontMatterIsParsedAsYamsParsesItOrLeftToYams() {
        let name = "SimpleYAMLFuzz"
        let sources =
            Self.simpleShapes
            + BasicSite.contentFiles.compactMap { path in
                BasicSite.files[path].flatMap { try? FrontMatter.split(String(decoding: $0, as: UTF8.self)).get().yaml }
            }
        let pieces = FrontMatterMutator.punctuation + ["é", "𝔘", "\u{2028}", "\u{85}", "\u{A0}", "a", "1", " ", "\n"]
        var accepted = 0
        for index in Fuzz.cases(10_000) {
            var random = Fuzz.generator(name, case: index)
            var bytes = Array(random.pick(sources).utf8)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0...bytes.count, using: &random)
                if random.chance(30), at < bytes.count {
                    bytes.remove(at: at)
                } else {
                    bytes.insert(contentsOf: random.pick(pieces).utf8, at: at)
                }
            }
            let yaml = String(decoding: bytes, as: UTF8.self)
            guard let fast = Self.simple(yaml) else { continue }
            accepted += 1
            #expect(fast == Self.yams(yaml), "case \(index): \(yaml.debugDescription)")
        }
        #expect(accepted > 2_000)
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func simple(_ yaml: String) -> String? {
        SimpleYAMLParser.mapping(yaml, constructor: YAMLDocument.constructor).map { describe(.mapping($0)) }
    }

    static func yams(_ yaml: String) -> String? {
        guard let node = try? Yams.compose(yaml: yaml, .basic, YAMLDocument.constructor, .utf8) else { return nil }
        return describe(node)
    }

    /// Everything a node holds that a reader of it could see. `Node.tag` is
    /// the resolved tag; a node's own resolves only once something asks.
    static func describe(_ node: Node) -> String {
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "-"
        switch node {
        case .scalar(let scalar):
            return "\(scalar.string.debugDescription) \(node.tag) \(scalar.style) @\(mark)"
        case .sequence(let sequence):
            return "[\(sequence.map(describe).joined(separator: ", "))] \(node.tag) \(sequence.style) @\(mark)"
        case .mapping(let mapping):
            let pairs = mapping.map { "\(describe($0.key)): \(describe($0.value))" }
            return "{\(pairs.joined(separator: ", "))} \(node.tag) \(mapping.style) @\(mark)"
        case .alias:
            return "alias @\(mark)"
        }
    }
}
