import Foundation
import SlimmerContent
import SlimmerRender
import Testing

@testable import Slimmer

/// A rebuild after a change must give exactly what a full build of the
/// changed site gives: same files, same bytes, same diagnostics.
@Suite struct SiteSessionTests {
    static let base: [String: Data] = Fixtures.files(under: Fixtures.root.appendingPathComponent("sites/basic"))

    func session(_ files: [String: Data] = base) -> SiteSession {
        var session = SiteSession(fileSystem: MemoryFileSystem(files: files), options: BuildOptions(now: Fixtures.now))
        _ = session.build()
        return session
    }

    func text(_ path: String, in files: [String: Data] = base) -> String {
        String(decoding: files[path]!, as: UTF8.self)
    }

    /// Applies `edit` to the files, rebuilds incrementally, and compares with a full build.
    @discardableResult
    func expectIncrementalEqualsFull(
        _ session: inout SiteSession, _ files: inout [String: Data], changed: [String],
        _ edit: (inout [String: Data]) -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) -> RebuildSummary {
        edit(&files)
        session.fileSystem = MemoryFileSystem(files: files)
        let summary = session.rebuild(changed)
        let full = self.session(files)
        #expect(session.diagnostics == full.diagnostics, sourceLocation: sourceLocation)
        let incremental = Dictionary(uniqueKeysWithValues: session.files.map { ($0.path, $0.contents) })
        let expected = Dictionary(uniqueKeysWithValues: full.files.map { ($0.path, $0.contents) })
        #expect(incremental.keys.sorted() == expected.keys.sorted(), sourceLocation: sourceLocation)
        for (path, data) in expected where incremental[path] != data {
            Issue.record("\(path) differs from a full build", sourceLocation: sourceLocation)
        }
        return summary
    }

    func replacing(_ path: String, _ old: String, _ new: String) -> (inout [String: Data]) -> Void {
        { files in
            let text = String(decoding: files[path]!, as: UTF8.self)
            precondition(text.contains(old), "\(path) has no \(old)")
            files[path] = Data(text.replacingOccurrences(of: old, with: new).utf8)
        }
    }

    @Test func bodyEditRendersOneBodyAndOnePage() {
        var files = Self.base
        var session = session(files)
        let summary = expectIncrementalEqualsFull(
            &session, &files, changed: ["content/cases/schuldhulp.md"],
            replacing("content/cases/schuldhulp.md", "Goed.", "Heel goed, met een [link](../doetanks/loketten.md)."))
        #expect(summary.bodiesRendered == 1)
        #expect(summary.pagesRendered == 1)
    }

    @Test func titleEditRendersEveryPageThatShowsTheItem() {
        var files = Self.base
        var session = session(files)
        let summary = expectIncrementalEqualsFull(
            &session, &files, changed: ["content/doetanks/rekenkamer.md"],
            replacing("content/doetanks/rekenkamer.md", "title: Maatschappelijke Rekenkamer", "title: De Rekenkamer"))
        #expect(summary.pagesRendered > 1)
        #expect(summary.pagesRendered < session.files.count)
    }

    @Test func frontMatterChangesOfEveryKindMatchAFullBuild() {
        var files = Self.base
        var session = session(files)
        let edits: [(String, String, String)] = [
            ("content/cases/schuldhulp.md", "themes: [publieke-waarde]", "themes: [slimmer-werken]"),
            ("content/cases/schuldhulp.md", "doetank: rekenkamer", "doetank: loketten"),
            ("content/events/sessie.md", "start: 2026-04-02", "start: 2026-03-01"),
            ("content/doetanks/loketten.md", "status: completed", "status: active"),
            ("content/outcomes/methode.md", "cases: [schuldhulp]", "cases: []"),
            ("content/pages/over.md", "menu: 1", "menu: 2"),
            ("content/doetanks/concept.md", "draft: true", "draft: false"),
        ]
        for (path, old, new) in edits {
            expectIncrementalEqualsFull(&session, &files, changed: [path], replacing(path, old, new))
        }
    }

    @Test func addingRenamingAndDeletingFilesMatchAFullBuild() {
        var files = Self.base
        var session = session(files)
        let event = text("content/events/cafe-maart.md").replacingOccurrences(of: "maart", with: "juni")
            .replacingOccurrences(of: "2026-03-12", with: "2026-06-11")
        expectIncrementalEqualsFull(&session, &files, changed: ["content/events/cafe-juni.md"]) {
            $0["content/events/cafe-juni.md"] = Data(event.utf8)
        }
        // The case's body links to nothing, but the doetank's body links to the case: a slug change rewrites it.
        expectIncrementalEqualsFull(
            &session, &files, changed: ["content/cases/schuldhulp.md"],
            replacing("content/cases/schuldhulp.md", "title:", "slug: schuldhulp-2026\ntitle:"))
        expectIncrementalEqualsFull(&session, &files, changed: ["content/events/cafe-juni.md"]) {
            $0["content/events/cafe-juni.md"] = nil
        }
        expectIncrementalEqualsFull(&session, &files, changed: ["content/_index.md"]) {
            $0["content/_index.md"] = Data("---\ntitle: Welkom\n---\nNieuw **welkom**.\n".utf8)
        }
    }

    @Test func anErrorThenADifferentFixStillMatchesAFullBuild() {
        var files = Self.base
        var session = session(files)
        expectIncrementalEqualsFull(
            &session, &files, changed: ["content/doetanks/loketten.md", "content/cases/schuldhulp.md"]
        ) { files in
            replacing("content/doetanks/loketten.md", "status: completed", "status: afgerond")(&files)
            replacing("content/cases/schuldhulp.md", "title: Schuldhulp in beeld", "title: Schulden in beeld")(&files)
        }
        #expect(session.files.isEmpty)
        expectIncrementalEqualsFull(
            &session, &files, changed: ["content/doetanks/loketten.md"],
            replacing("content/doetanks/loketten.md", "status: afgerond", "status: paused"))
        #expect(!session.files.isEmpty)
    }

    @Test func templateStaticAndConfigChangesMatchAFullBuild() {
        var files = Self.base
        var session = session(files)
        let css = expectIncrementalEqualsFull(&session, &files, changed: ["themes/mini/static/css/style.css"]) {
            $0["themes/mini/static/css/style.css"] = Data("body { color: teal; }".utf8)
        }
        // The stylesheet's name carries its hash, so every page changes with it.
        #expect(!css.cssOnly)
        #expect(css.kind == .everything)
        expectIncrementalEqualsFull(
            &session, &files, changed: ["themes/mini/templates/404.mustache"],
            replacing("themes/mini/templates/404.mustache", "<h1>", "<h1 class=\"x\">"))
        let config = expectIncrementalEqualsFull(
            &session, &files, changed: ["site.yml"], replacing("site.yml", "pageSize: 2", "pageSize: 3"))
        #expect(config.kind == .everything)
    }
}
