/// Gathers diagnostics while one file is read, so that every problem in it is
/// reported, not only the first.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}
