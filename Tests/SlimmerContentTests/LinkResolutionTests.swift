import Testing

@testable import SlimmerContent

/// Links between content files, written relative to the linking file, become
/// page URLs; the path is resolved segment by segment, as a file system would.
@Suite struct LinkResolutionTests {
    let renderer: BodyRenderer = {
        let (graph, _) = TestSite.link()
        return BodyRenderer(graph: graph, knownFiles: [], jobs: 1)
    }()

    @Test(arguments: [
        ("../cases/schuldhulp.md", "content/cases/schuldhulp.md"),
        ("schuldhulp.md", "content/cases/schuldhulp.md"),
        ("./schuldhulp.md", "content/cases/schuldhulp.md"),
        ("../doetanks/../cases/./schuldhulp.md", "content/cases/schuldhulp.md"),
        (".././/cases//schuldhulp.md", "content/cases/schuldhulp.md"),
        ("../../site.md", "site.md"),
        ("../cases/schuld%20hulp.md", "content/cases/schuld hulp.md"),
    ])
    func aRelativeLinkNamesTheFileItLeadsTo(destination: String, file: String) {
        #expect(renderer.resolve(destination, from: "content/cases/andere.md")?.file == file)
    }

    @Test func aPublishedTargetGetsItsURLWithTheFragment() {
        let target = renderer.resolve("../cases/schuldhulp.md#resultaat", from: "content/doetanks/x.md")
        #expect(target?.file == "content/cases/schuldhulp.md")
        #expect(target?.url == "/portal/casussen/schuldhulp/#resultaat")
    }

    @Test func aLinkAboveTheSiteRootLeadsNowhere() {
        let target = renderer.resolve("../../../x.md", from: "content/cases/andere.md")
        #expect(target?.file == "")
        #expect(target?.url == nil)
    }

    @Test(arguments: ["https://example.org/x.md", "#boven", "../cases/plaatje.png"])
    func otherLinksAreNotContentLinks(destination: String) {
        #expect(renderer.resolve(destination, from: "content/cases/andere.md") == nil)
    }
}
