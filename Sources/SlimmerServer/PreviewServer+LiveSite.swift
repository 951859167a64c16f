import Foundation
import SlimmerContent

/// What a request path names in the site, and the diagnostics at that moment.
struct PreviewLookup: Sendable {
    /// Where a request path leads.
    enum Target: Sendable {
        /// A file of the site, by output path.
        case file(path: String, contents: Data)
        /// A folder with an index page, asked for without its trailing slash.
        case folderWithoutSlash
        /// Nothing; with the site's `404.html` when it has one.
        case notFound(page: Data?)
    }

    var target: Target
    var diagnostics: [Diagnostic]
}

extension LiveSite {
    /// The output path of the page shown for unknown addresses.
    static let notFoundPagePath = "404.html"

    /// Resolves a request path in one step, so the file and the diagnostics
    /// that go with it come from the same moment.
    func lookup(_ path: RequestPath) -> PreviewLookup {
        let outputPath = path.outputPath
        if let contents = files[outputPath] {
            return PreviewLookup(target: .file(path: outputPath, contents: contents), diagnostics: diagnostics)
        }
        if !path.isFolder, !path.segments.isEmpty, files[path.folderIndexPath] != nil {
            return PreviewLookup(target: .folderWithoutSlash, diagnostics: diagnostics)
        }
        return PreviewLookup(target: .notFound(page: files[Self.notFoundPagePath]), diagnostics: diagnostics)
    }
}
