import Foundation
import SlimmerContent

/// Turns diagnostics into what a person, a tool or GitHub Actions reads.
struct DiagnosticPrinter {
    /// Reads the lines that text output quotes.
    let fileSystem: FileSystem

    /// `path:line:col: severity: message. hint`, then the line with a caret under the column.
    func text(_ diagnostics: [Diagnostic]) -> String {
        var cache: [String: [Substring]] = [:]
        var output = ""
        for diagnostic in diagnostics {
            output += diagnostic.description + "\n"
            guard let number = diagnostic.line else { continue }
            if cache[diagnostic.file] == nil {
                let data = (try? fileSystem.contents(of: diagnostic.file)) ?? Data()
                cache[diagnostic.file] = String(decoding: data, as: UTF8.self)
                    .split(separator: "\n", omittingEmptySubsequences: false)
            }
            guard let lines = cache[diagnostic.file], lines.indices.contains(number - 1) else { continue }
            let quoted = String(lines[number - 1].prefix(200)).replacingOccurrences(of: "\r", with: "")
                .replacingOccurrences(of: "\t", with: " ")
            let gutter = String(number)
            output += "  \(gutter) | \(quoted)\n"
            if let column = diagnostic.column, column >= 1 {
                let padding = String(repeating: " ", count: min(column - 1, quoted.count))
                output += "  \(String(repeating: " ", count: gutter.count)) | \(padding)^\n"
            }
        }
        return output
    }

    /// A JSON array of objects with file, line, column, severity, message and hint.
    func json(_ diagnostics: [Diagnostic]) -> String {
        let objects: [[String: Any]] = diagnostics.map { diagnostic in
            var object: [String: Any] = [
                "file": diagnostic.file, "severity": diagnostic.severity.rawValue, "message": diagnostic.message,
            ]
            object["line"] = diagnostic.line
            object["column"] = diagnostic.column
            object["hint"] = diagnostic.hint
            return object
        }
        let data = try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }

    /// Workflow commands that GitHub Actions shows as annotations on the file and line.
    func githubAnnotations(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            var properties = ["file=\(escapeProperty(diagnostic.file))"]
            if let line = diagnostic.line { properties.append("line=\(line)") }
            if let column = diagnostic.column { properties.append("col=\(column)") }
            properties.append("title=Slimmer")
            let message = diagnostic.message + (diagnostic.hint.map { ". " + $0 } ?? "")
            return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }.joined()
    }

    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
