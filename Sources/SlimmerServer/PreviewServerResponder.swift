import Foundation
import Hummingbird
import SlimmerContent

/// Answers every request of the preview server: checks the method and the
/// path, then serves the event stream or a file of the site.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let site: LiveSite
    let pingInterval: Duration

    func respond(to request: Request, context: Context) async throws -> Response {
        let response = await answer(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// The full answer to a request; for `HEAD` the caller drops the body but keeps its headers.
    private func answer(_ request: Request) async -> Response {
        guard (request.head.path ?? "").utf8.count <= RequestPath.maximumLength else {
            return Self.plainText(.uriTooLong, "The address is too long.")
        }
        guard request.method == .get || request.method == .head else {
            var response = Self.plainText(.methodNotAllowed, "Only GET and HEAD are allowed.")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let path: RequestPath
        switch Result(catching: { () throws(RequestPath.Problem) in try RequestPath(raw: request.uri.path) }) {
        case .success(let parsed): path = parsed
        case .failure(.tooLong): return Self.plainText(.uriTooLong, "The address is too long.")
        case .failure(.invalid): return Self.plainText(.badRequest, "The address is not a valid path.")
        }
        if path.segments == LiveReload.eventsSegments, !path.isFolder {
            return LiveReload.eventStream(site: site, request: request, pingInterval: pingInterval)
        }
        let lookup = await site.lookup(path)
        switch lookup.target {
        case .file(let outputPath, let contents):
            return Self.file(.ok, contents, type: ContentType.forPath(outputPath), diagnostics: lookup.diagnostics)
        case .folderWithoutSlash:
            var headers = PreviewServer.commonHeaders
            headers[.location] = path.folderLocation + (request.uri.query.map { "?" + $0 } ?? "")
            return Response(status: .movedPermanently, headers: headers)
        case .notFound(let page?):
            return Self.file(.notFound, page, type: ContentType.html, diagnostics: lookup.diagnostics)
        case .notFound(nil):
            return Self.plainText(.notFound, "Not found.")
        }
    }

    /// A file of the site; HTML gets the live-reload script, and the error
    /// overlay while the build has errors.
    private static func file(
        _ status: HTTPResponse.Status,
        _ contents: Data,
        type: String,
        diagnostics: [Diagnostic]
    ) -> Response {
        var body = contents
        if type == ContentType.html {
            let overlay = ErrorOverlay.html(for: diagnostics) ?? ""
            body = LiveReload.inject(overlay + LiveReload.script, into: contents)
        }
        var headers = PreviewServer.commonHeaders
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// A short plain-text answer, for errors the site has no page for.
    private static func plainText(_ status: HTTPResponse.Status, _ text: String) -> Response {
        var headers = PreviewServer.commonHeaders
        headers[.contentType] = ContentType.plainText
        return Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
    }
}
