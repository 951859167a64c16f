import Foundation
import Slimmer
import SlimmerContent
import SlimmerRender
import Testing

/// A static file may not take the place of a generated page or file: the
/// build names each one that would, and writes nothing.
@Suite struct StaticCollisionTests {
    @Test func staticFilesWithTheNameOfAPageOrGeneratedFileAreErrors() {
        let fileSystem = BasicSite.fileSystem([
            "static/sitemap.xml": Data("<urlset/>".utf8),
            "static/index.html": Data("<p>eigen</p>".utf8),
            "static/bestanden/eigen.pdf": Data("%PDF".utf8),
        ])
        let writer = MemoryOutputWriter()
        let report = Site(fileSystem: fileSystem, options: BasicSite.options).build(into: writer)
        let collisions = report.diagnostics.filter { $0.message.contains("would replace the generated page") }
        #expect(collisions.map(\.file).sorted() == ["static/index.html", "static/sitemap.xml"])
        #expect(collisions.allSatisfy { $0.severity == .error })
        #expect(!report.succeeded)
        #expect(writer.files.isEmpty)
    }
}
