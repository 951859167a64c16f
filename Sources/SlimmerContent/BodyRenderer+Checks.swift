import Foundation
import SlimmerMarkdown

extension BodyRenderer {
    /// Accessibility warnings about a body: images without alternative text,
    /// and headings that skip a level (the page title is the h1, so the body
    /// starts at `##`). Screen-reader users navigate by both.
    func structureWarnings(_ rendered: RenderedMarkdown, file: String, firstLine: Int) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for image in rendered.images where image.alt.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.append(
                Diagnostic(
                    file: file, line: image.line + firstLine - 1, column: image.column, severity: .warning,
                    message: "the image \(image.source) has no alternative text",
                    hint: "Describe what the image shows between the brackets: ![Wat er te zien is](\(image.source))."))
        }
        var previous = 1
        for heading in rendered.headings {
            let line = heading.line + firstLine - 1
            if heading.level == 1 {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: line, column: 1, severity: .warning,
                        message: "the heading \"\(heading.text)\" is a second main heading (h1)",
                        hint: "The title is already the page's main heading; start sections with ##."))
            } else if heading.level > previous + 1 {
                let marks = String(repeating: "#", count: previous + 1)
                diagnostics.append(
                    Diagnostic(
                        file: file, line: line, column: 1, severity: .warning,
                        message:
                            "the heading \"\(heading.text)\" skips from level \(previous) to level \(heading.level)",
                        hint: "Use \(marks) for this heading."))
            }
            previous = heading.level
        }
        return diagnostics
    }
}
