/// Where a Doetank or a case stands.
public enum Status: String, Sendable, Hashable, CaseIterable {
    case active
    case completed
    case paused
}
