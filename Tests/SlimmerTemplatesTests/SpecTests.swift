import Foundation
import SlimmerTemplates
import Testing

/// Runs every test of the official Mustache spec files vendored in `spec/`
/// (github.com/mustache/spec, `specs/*.json`; see spec/SOURCES.md for the
/// versions). Lambdas are not supported and their file is not vendored.
@Suite struct SpecTests {
    struct Case: Sendable {
        var name: String
        var template: String
        var partials: [String: String]
        var data: TemplateValue
        var expected: String
    }

    static let files = [
        "interpolation", "sections", "inverted", "comments", "partials", "delimiters", "~inheritance",
    ]

    static func cases(in file: String) throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "spec/\(file).json")
        let json = try JSON.parse(String(contentsOf: url, encoding: .utf8))
        guard case .array(let tests)? = json["tests"] else { return [] }
        return tests.map { test in
            var partials: [String: String] = [:]
            if case .object(let fields)? = test["partials"] {
                for (name, source) in fields { partials[name] = source.string }
            }
            return Case(
                name: test["name"]?.string ?? "?", template: test["template"]?.string ?? "", partials: partials,
                data: test["data"]?.templateValue ?? .null, expected: test["expected"]?.string ?? "")
        }
    }

    /// Renders a spec case the way the spec runs it: partials by name, the
    /// template itself under a name no partial uses.
    static func render(_ test: Case) throws(TemplateError) -> String {
        var library = TemplateLibrary()
        for (name, source) in test.partials { try library.register(source, named: name) }
        try library.register(test.template, named: "\u{0}spec")
        return library.render("\u{0}spec", test.data) ?? ""
    }

    @Test(arguments: files)
    func specFile(_ file: String) throws {
        let cases = try Self.cases(in: file)
        #expect(!cases.isEmpty)
        var passed = 0
        for test in cases {
            do {
                let result = try Self.render(test)
                #expect(result == test.expected, "\(file): \(test.name)")
                if result == test.expected { passed += 1 }
            } catch {
                Issue.record("\(file): \(test.name) does not parse: \(error)")
            }
        }
        print("spec \(file): \(passed)/\(cases.count) passed")
    }
}
