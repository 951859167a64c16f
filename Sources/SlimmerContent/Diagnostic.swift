/// One problem found in the input: where it is, how bad it is, and how to fix it.
///
/// Every step of the build reports through this one type, so that a build can
/// collect all problems and show them together, sorted by file and line.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Path of the file, relative to the site's root (`content/doetanks/x.md`).
    public var file: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column, or nil when unknown.
    public var column: Int?
    public var severity: Severity
    /// What is wrong, in plain words.
    public var message: String
    /// How to fix it, as a full sentence; nil when the message says it all.
    public var hint: String?

    public init(
        file: String,
        line: Int? = nil,
        column: Int? = nil,
        severity: Severity = .error,
        message: String,
        hint: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// `file:line:col`, leaving out what is unknown.
    public var location: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// `path:line:col: error: message. hint`
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += ". \(hint)" }
        return text
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        if lhs.message != rhs.message { return lhs.message < rhs.message }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return (lhs.hint ?? "") < (rhs.hint ?? "")
    }
}

extension Array where Element == Diagnostic {
    /// True when at least one diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
