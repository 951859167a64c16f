import ArgumentParser

/// How diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    /// `path:line:col: error: …` with the offending line quoted.
    case text
    /// One JSON array, for tools.
    case json
}
