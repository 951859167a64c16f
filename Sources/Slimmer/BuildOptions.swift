import Foundation

/// What a build is asked to do, beyond what `site.yml` says.
public struct BuildOptions: Sendable {
    /// The moment that decides what is published and which events are past.
    /// Pin it to reproduce a build.
    public var now: Date
    /// Include items marked `draft: true`.
    public var includeDrafts: Bool
    /// Replaces `baseURL` from site.yml (for previews and forks).
    public var baseURL: String?

    public init(now: Date = Date(), includeDrafts: Bool = false, baseURL: String? = nil) {
        self.now = now
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }
}
