import Testing

@testable import SlimmerContent

/// Files in the content folders that look like Markdown but do not end in
/// `.md` are skipped with a warning; everything else is left alone quietly.
@Suite struct SkippedFileTests {
    let loader = ContentLoader(fileSystem: TestSite.fileSystem(), config: TestSite.loadedConfig())

    @Test(arguments: [
        ("content/cases/x.md", nil),
        ("content/cases/.md", nil),
        ("content/cases/x.png", nil),
        ("content/cases/x.markdown", "Rename it to x.md."),
        ("content/cases/x.MD", "Rename it to x.md."),
        ("content/cases/notities.v2.txt", "Rename it to notities.v2.md."),
        ("content/cases/x.md.txt", "Rename it to x.md.md."),
    ])
    func onlyMarkdownLookalikesAreWarnedAbout(file: String, hint: String?) {
        let warnings = loader.skippedFileWarning(file)
        #expect(warnings.map(\.hint) == (hint.map { [$0] } ?? []))
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.file == file })
    }
}
