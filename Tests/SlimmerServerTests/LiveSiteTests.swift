import Foundation
import SlimmerContent
import Testing

@testable import SlimmerServer

@Suite struct LiveSiteTests {
    @Test func publishingKeepsTheLastGoodFilesWhenTheBuildFails() async {
        let site = LiveSite(files: ["index.html": Data("oud".utf8)])
        let error = Diagnostic(file: "content/x.md", line: 2, message: "kapot")
        await site.publish(files: nil, diagnostics: [error], cssOnly: false)
        #expect(await site.file(at: "index.html") == Data("oud".utf8))
        #expect(await site.diagnostics == [error])
        await site.publish(files: ["index.html": Data("nieuw".utf8)], diagnostics: [], cssOnly: false)
        #expect(await site.file(at: "index.html") == Data("nieuw".utf8))
        #expect(await site.version == 2)
    }

    @Test func subscribersHearEveryRebuild() async {
        let site = LiveSite()
        let stream = await site.subscribe()
        await site.publish(files: [:], diagnostics: [], cssOnly: true)
        var iterator = stream.makeAsyncIterator()
        let event = await iterator.next()
        #expect(event == LiveSite.Event(version: 1, cssOnly: true, hasErrors: false))
        await site.closeAll()
        #expect(await iterator.next() == nil)
    }
}
