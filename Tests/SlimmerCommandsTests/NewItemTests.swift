import Foundation
import Slimmer
import SlimmerContent
import Testing

/// `slimmer new` against the real portal's theme: every archetype gives a
/// file that loads without a single diagnostic.
@Suite struct NewItemTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func portal() -> MemoryFileSystem {
        let local = LocalFileSystem(root: Self.repository)
        var files: [String: Data] = [:]
        for path in local.files(under: "content") + local.files(under: "themes") + ["site.yml"] {
            files[path] = try? local.contents(of: path)
        }
        return MemoryFileSystem(files: files)
    }

    @Test(arguments: ContentKind.allCases)
    func archetypeGivesAValidDraft(kind: ContentKind) throws {
        var fileSystem = portal()
        let title = "Nieuw \"item\" met één \\ teken"
        let item = try NewItem.make(
            kind: kind, title: title, fileSystem: fileSystem, now: Date(timeIntervalSince1970: 1_790_000_000))
        #expect(item.path == "content/\(kind.folder)/nieuw-item-met-een-teken.md")
        fileSystem.files[item.path] = Data(item.text.utf8)
        let config = try #require(SiteConfig.load(from: fileSystem).0)
        let content = ContentLoader(fileSystem: fileSystem, config: config).load()
        #expect(content.diagnostics.map(\.description) == [])
        let created = try #require(content.items.first { $0.file == item.path })
        #expect(created.title == title)
        #expect(created.draft)
    }

    @Test func refusesToOverwrite() throws {
        #expect(throws: NewItem.Failure.self) {
            try NewItem.make(
                kind: .doetank, title: "Maatschappelijke Rekenkamer", fileSystem: portal(), now: Date())
        }
    }

    @Test func unknownTypeSuggestsTheClosest() {
        #expect(throws: NewItem.Failure.self) { try NewItem.kind(named: "evnt") }
        #expect((try? NewItem.kind(named: "casussen")) == nil)
        #expect((try? NewItem.kind(named: "cases")) == .case)
    }
}

extension ContentKind: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}
