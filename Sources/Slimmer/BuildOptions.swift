import Foundation
import SlimmerContent

/// What a build is asked to do, beyond what `site.yml` says.
public struct BuildOptions: Sendable {
    /// The moment that decides what is published and which events are past.
    /// Pin it to reproduce a build.
    public var now: Date
    /// Include items marked `draft: true`.
    public var includeDrafts: Bool
    /// Replaces `baseURL` from site.yml (for previews and forks).
    public var baseURL: String?
    /// Treat warnings (images without alt text, skipped heading levels) as errors.
    public var strict: Bool
    /// How many threads each parallel step uses; 1 builds on one core.
    public var jobs: Int

    public init(
        now: Date = Date(), includeDrafts: Bool = false, baseURL: String? = nil, strict: Bool = false,
        jobs: Int = ParallelMap.defaultJobs
    ) {
        self.now = now
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.strict = strict
        self.jobs = max(1, jobs)
    }
}
