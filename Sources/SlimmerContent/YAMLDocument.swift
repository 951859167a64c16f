import Foundation
import Yams

/// Parses YAML into a node tree with positions, turning parser errors into
/// diagnostics at the right file line.
public enum YAMLDocument {
    /// Built once: Yams' default makes a new constructor, with its tables, per document.
    /// Composing a node tree never calls it, so sharing it across threads is safe.
    nonisolated(unsafe) static let constructor = Constructor.default

    /// The top-level mapping of `yaml`, or nil after reporting why there is none.
    static func mapping(
        _ yaml: String, file: String, lineOffset: Int, collector: DiagnosticCollector
    ) -> Node.Mapping? {
        if let simple = SimpleYAMLParser.mapping(yaml, constructor: constructor) { return simple }
        do {
            // The basic resolver types no scalar: fields are read as text and
            // parsed here, and Yams' regex-based typing cost a tenth of loading.
            guard let node = try Yams.compose(yaml: yaml, .basic, YAMLDocument.constructor, .utf8) else {
                return Node.Mapping([])
            }
            guard let mapping = node.mapping else {
                let line = (node.mark?.line ?? 1) + lineOffset - 1
                collector.add(
                    Diagnostic(
                        file: file, line: line, column: 1,
                        message: "the front matter must be a list of `name: value` lines",
                        hint: "Start each line with a field name and a colon, for example `title: Mijn titel`."))
                return nil
            }
            return mapping
        } catch let error as YamlError {
            collector.add(diagnostic(for: error, file: file, lineOffset: lineOffset))
            return nil
        } catch {
            collector.add(Diagnostic(file: file, line: lineOffset, message: "cannot read YAML: \(error)"))
            return nil
        }
    }

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        let hint =
            "Check the indentation and put text that contains a colon, a # or starts with a quote between double quotes."
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Diagnostic(
                file: file, line: mark.line + lineOffset - 1, column: mark.column,
                message: "invalid YAML: \(problem)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                file: file, line: context.mark.line + lineOffset - 1, column: context.mark.column,
                message: "field \(duplicates.sorted().map { "\"\($0)\"" }.joined(separator: ", ")) appears twice",
                hint: "Keep one of them.")
        default:
            return Diagnostic(file: file, line: lineOffset, message: "invalid YAML: \(error)", hint: hint)
        }
    }

    /// The top-level mapping of a YAML file other than front matter (a theme's
    /// translation table), or the diagnostics that say why there is none.
    public static func mapping(_ yaml: String, file: String) -> (Node.Mapping?, [Diagnostic]) {
        let collector = DiagnosticCollector()
        let mapping = mapping(yaml, file: file, lineOffset: 1, collector: collector)
        return (mapping, collector.diagnostics)
    }
}
