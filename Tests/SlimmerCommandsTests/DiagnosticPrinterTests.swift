import Foundation
import SlimmerContent
import Testing

@testable import SlimmerCommands

@Suite struct DiagnosticPrinterTests {
    let printer = DiagnosticPrinter(
        fileSystem: MemoryFileSystem(texts: ["content/cases/a.md": "---\ntitle: A\nstatus: actief\n---\n"]))
    let diagnostic = Diagnostic(
        file: "content/cases/a.md", line: 3, column: 9, message: "\"status\" must be one of active, completed, paused",
        hint: "Did you mean \"active\"?")

    @Test func textQuotesTheLineWithACaretUnderTheColumn() {
        #expect(
            printer.text([diagnostic]) == """
                content/cases/a.md:3:9: error: "status" must be one of active, completed, paused. Did you mean "active"?
                  3 | status: actief
                    |         ^

                """)
    }

    @Test func jsonIsMachineReadable() throws {
        let data = Data(printer.json([diagnostic]).utf8)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(objects.count == 1)
        #expect(objects[0]["file"] as? String == "content/cases/a.md")
        #expect(objects[0]["line"] as? Int == 3)
        #expect(objects[0]["column"] as? Int == 9)
        #expect(objects[0]["severity"] as? String == "error")
        #expect(objects[0]["hint"] as? String == "Did you mean \"active\"?")
    }

    @Test func githubAnnotationsEscapeTheirSpecialCharacters() {
        var tricky = diagnostic
        tricky.message = "100% wrong,\nreally"
        tricky.hint = nil
        #expect(
            printer.githubAnnotations([tricky])
                == "::error file=content/cases/a.md,line=3,col=9,title=Slimmer::100%25 wrong,%0Areally\n")
    }
}
