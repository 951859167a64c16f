import Foundation
import Slimmer
import SlimmerContent
import Testing

/// Hostile Markdown bodies in the basic fixture, which does not opt into
/// unsafe HTML: the build succeeds or fails cleanly, and no page gets a
/// `<script`, an event handler or a script URL.
@Suite struct MarkdownFuzzTests {
    static let caseCount = 100

    @Test func hostileMarkdownNeverCrashesAndNeverReachesThePageAsScript() {
        let name = "MarkdownFuzz"
        var failures = 0
        for index in Fuzz.cases(Self.caseCount) {
            var random = Fuzz.generator(name, case: index)
            var changes: [String: Data] = [:]
            var notes: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let file = random.pick(BasicSite.contentFiles)
                let body = MarkdownGenerator.body(using: &random)
                changes[file] = Data((frontMatter(of: file) + body.text).utf8)
                notes.append("\(file): \(body.recipe)")
            }
            Fuzz.breadcrumb(name, case: index, notes.joined(separator: "; "))
            let fileSystem = BasicSite.fileSystem(changes)
            let writer = RecordingWriter()
            let report = Site(fileSystem: fileSystem, options: BasicSite.options).build(into: writer)
            var problems = BuildChecks.diagnosticProblems(report, inputs: fileSystem.files)
            problems += BuildChecks.outputProblems(report, writer)
            problems += HTMLSafety.problems(in: writer.files)
            if !problems.isEmpty,
                Fuzz.fail(name, case: index, notes: notes, problems: problems, inputs: changes)
            {
                failures += 1
                if failures >= 5 { break }
            }
        }
        Fuzz.finished(name)
    }

    /// Script that cmark itself would let through in unsafe mode; each must be
    /// removed or neutralised, alone in a body.
    @Test(arguments: MarkdownGenerator.attacks)
    func knownAttackIsNeutralised(attack: String) {
        let fileSystem = BasicSite.fileSystem(["content/pages/over.md": Data(("---\ntitle: Over\n---\n" + attack).utf8)]
        )
        let writer = RecordingWriter()
        let report = Site(fileSystem: fileSystem, options: BasicSite.options).build(into: writer)
        var problems = BuildChecks.diagnosticProblems(report, inputs: fileSystem.files)
        problems += BuildChecks.outputProblems(report, writer)
        problems += HTMLSafety.problems(in: writer.files)
        #expect(problems == [], "attack: \(Fuzz.preview(Data(attack.utf8)))")
    }

    /// The safety check itself sees script, and only script.
    @Test func theSafetyCheckSeesScriptAndOnlyScript() {
        let unsafe = [
            "<SCRIPT>x</SCRIPT>", "<a href=\"java&#x09;script:x\">", "<a href=' JavaScript:x'>",
            "<img src=x onerror=y>",
            "<a href=javascript&colon;x>", "<iframe src=\"data:text/html,x\">", "<a\nhref=\"vbscript:x\">",
        ]
        let safe = [
            "<a href=\"/x\">javascript: is text here</a>", "<p>&lt;script&gt;</p>",
            "<img src=\"data:image/png;base64,x\">",
            "<a href=\"\">x</a>", "<a title=\"javascript:x\" href=\"/y\">",
        ]
        for html in unsafe { #expect(!HTMLSafety.problems(in: html).isEmpty, "\(html)") }
        for html in safe { #expect(HTMLSafety.problems(in: html).isEmpty, "\(html)") }
    }

    /// The fixture file's front matter, with its closing `---` line.
    func frontMatter(of file: String) -> String {
        let text = String(decoding: BasicSite.files[file]!, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let close = lines.dropFirst().firstIndex { $0 == "---" }!
        return lines[...close].joined(separator: "\n") + "\n"
    }
}

/// Builds random Markdown from pieces that stress a renderer.
enum MarkdownGenerator {
    /// Ways to smuggle script through Markdown.
    static let attacks = [
        "<script>alert(1)</script>", "<SCRIPT SRC=//x.example/x.js></SCRIPT>", "<scr<script>ipt>alert(1)</script>",
        "<script\n>alert(1)</script\n>", "a <script>alert(1)</script> b", "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>", "<!-- <script>alert(1)</script> -->", "<![CDATA[<script>]]>",
        "<?php echo '<script>'; ?>", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<svg><script>alert(1)</script></svg>", "<div>\n<script>alert(1)</script>\n</div>",
        "# <script>alert(1)</script>", "## Kop <img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))", "[x](<javascript:alert(1)>)", "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript&#58;alert(1))", "[x](java&#x09;script:alert(1))", "[x](javascript&colon;alert(1))",
        "[x](\u{1}javascript:alert(1))", "[x](vbscript:msgbox(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](DATA:text/html,<script>alert(1)</script>)", "<javascript:alert(1)>", "<JAVASCRIPT:alert(1)>",
        "![i](javascript:alert(1))", "![i](data:image/svg+xml,<svg onload=alert(1)>)",
        "[r]\n\n[r]: javascript:alert(1)",
        "[x][r]\n\n[r]: <javascript:alert(1)> \"t\"", "[x](javascript:alert(1) \"title\")",
        "[x](../doetanks/rekenkamer.md\"onmouseover=\"alert(1))", "[x](\"><script>alert(1)</script>)",
        "[<script>alert(1)</script>](/x)", "`<script>alert(1)</script>`", "```\n<script>alert(1)</script>\n```",
        "    <script>alert(1)</script>", "[x](java\u{0}script:alert(1))", "[x](<java\nscript:alert(1)>)",
        "<a href='javascript:alert(1)'>", "*<script>*alert(1)*</script>*", "<style>*{x:expression(alert(1))}</style>",
        "<object data=\"javascript:alert(1)\">", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>", "<body onload=alert(1)>",
        "[x](javascript:alert(1))\n[y](vbscript:x)\n![z](data:text/html,x)",
    ]

    /// A body and how it was made.
    static func body(using random: inout SplitMix64) -> (text: String, recipe: String) {
        var text = ""
        var recipe: [String] = []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let (piece, name) = piece(using: &random)
            text += piece + random.pick(["", "\n", "\n\n", " "])
            recipe.append(name)
        }
        return (text, recipe.joined(separator: " + "))
    }

    static func piece(using random: inout SplitMix64) -> (String, String) {
        switch Int.random(in: 0..<12, using: &random) {
        case 0:
            let depth = random.pick([3, 50, 500, 3000])
            let marks = (0..<depth).map { _ in random.pick(["*", "_", "**", "__", "***", "~"]) }
            let closing = random.chance(50) ? marks.reversed().joined() : ""
            return (marks.joined() + "x" + closing, "emphasis depth \(depth)")
        case 1:
            let fence = random.pick(["```", "~~~", "````", "```js", "~~~ <script>"])
            return (
                fence + "\n<script>alert(1)</script>\n" + random.pick(["", "``", "~~", "</code></pre>"]), "open fence"
            )
        case 2:
            let count = random.pick([10, 100, 300])
            var text = ""
            for number in 0..<count {
                text +=
                    "[r\(number % 97)]: \(random.pick(["/doetanks/", "javascript:alert(1)", "../cases/schuldhulp.md", "#x"]))\n"
            }
            text += "\n" + (0..<count).map { "[x\($0)][r\($0 % 97)] [r\($0 % 89)]" }.joined(separator: " ")
            return (text, "reference storm \(count)")
        case 3:
            return (random.pick(attacks), "attack")
        case 4:
            let count = random.pick([100, 1000, 10_000])
            return (String(repeating: ">", count: count) + " deep", "\(count) nested >")
        case 5:
            let count = random.pick([100, 1000, 10_000])
            let marker = random.pick(["- ", "* ", "1. ", "> - ", "+ "])
            return (String(repeating: marker, count: count) + "item", "\(count) nested \(marker)")
        case 6:
            var text = Array("Tekst met [link](/x) en **vet** erin.".unicodeScalars)
            for _ in 0..<Int.random(in: 1...20, using: &random) {
                text.insert("\u{0}", at: Int.random(in: 0...text.count, using: &random))
            }
            var result = String.UnicodeScalarView()
            result.append(contentsOf: text)
            return (String(result), "NUL bytes")
        case 7:
            let depth = random.pick([10, 300, 1000])
            return (
                String(repeating: "[", count: depth) + "x" + String(repeating: "](javascript:alert(1))", count: depth),
                "nested links \(depth)"
            )
        case 8:
            let headings = (0..<random.pick([5, 500])).map { _ in
                String(repeating: "#", count: Int.random(in: 1...7, using: &random)) + " "
                    + random.pick(["Aanpak", "aanpak-1", "", "<script>", "!!!", "Ünïcödé", "x\u{0}y"])
            }
            return (headings.joined(separator: "\n"), "headings")
        case 9:
            let tokens = [
                "*", "_", "`", "[", "]", "(", ")", "<", ">", "!", "#", "&", ";", "\\", "|", "-", "=", "~", " ", "\n",
                "\n\n", "    ", "\t", "<script>", "javascript:", "&#", "x", "é", "\u{0}", "\u{FEFF}", "\u{202E}", "\r",
                "---", "***", "http://", "](", "![", "<!--", "-->", "<a href=", "\"", "'",
            ]
            let text = (0..<Int.random(in: 1...400, using: &random)).map { _ in random.pick(tokens) }.joined()
            return (text, "token soup")
        case 10:
            let links = [
                "[a](../cases/schuldhulp.md)", "[b](../cases/bestaat-niet.md)", "[c](../../../../etc/passwd.md)",
                "[d](/doetanks/)", "[e](/bestaat/niet/)", "[f](%2e%2e/cases/schuldhulp.md)", "[g](rekenkamer.md#x\"y)",
                "[h](<../doetanks/rekenkamer.md#<script>>)", "![i](/css/style.css)", "[j](?x=<script>)",
            ]
            return (
                (0..<Int.random(in: 1...10, using: &random)).map { _ in random.pick(links) }.joined(separator: " "),
                "links"
            )
        default:
            let size = random.pick([1000, 20_000])
            return (String(repeating: random.pick(["a", "*a", "[", "<", "`", "\\"]), count: size), "run of \(size)")
        }
    }
}
