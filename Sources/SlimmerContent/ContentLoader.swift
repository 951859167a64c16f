import Foundation

/// The load step: reads every `content/<type>/*.md` into a typed item.
public struct ContentLoader: Sendable {
    public let fileSystem: FileSystem
    public let config: SiteConfig
    /// How many files are read at once.
    public let jobs: Int

    public init(fileSystem: FileSystem, config: SiteConfig, jobs: Int = ParallelMap.defaultJobs) {
        self.fileSystem = fileSystem
        self.config = config
        self.jobs = jobs
    }

    /// The folder that holds the content.
    public static let contentFolder = "content"
    /// The file whose body is the home page's introduction.
    public static let homeFile = "content/_index.md"

    /// Reads all content files, in parallel; the result does not depend on
    /// the order in which files are listed or finished.
    public func load() -> LoadedContent {
        let all = fileSystem.files(under: Self.contentFolder)
        let files = load(itemFilesIn: all)
        let items = files.compactMap(\.item)
        var diagnostics = all.flatMap(skippedFileWarning) + files.flatMap(\.diagnostics)
        let home = loadHome()
        diagnostics += home.diagnostics
        return LoadedContent(items: items, homeBody: home.body, homeBodyFirstLine: home.line, diagnostics: diagnostics)
    }

    /// Reads every item file among `paths`, in parallel, in the order given.
    public func load(itemFilesIn paths: [String]) -> [(file: String, item: Item?, diagnostics: [Diagnostic])] {
        let files = paths.filter(Self.isItemFile)
        let results = ParallelMap.map(files, jobs: jobs) { load(file: $0) }
        return zip(files, results).map { (file: $0, item: $1.0, diagnostics: $1.1) }
    }

    /// True for the files `load()` reads as items.
    public static func isItemFile(_ path: String) -> Bool {
        path.hasPrefix(contentFolder + "/") && isMarkdown(path) && path != homeFile
    }

    /// Reads one content file (`content/<type>/<name>.md`).
    public func load(file: String) -> (Item?, [Diagnostic]) {
        let parts = file.split(separator: "/")
        if parts.count > 3, let kind = ContentKind(folder: String(parts[1])) {
            let hint = "Move it to content/\(kind.folder)/: content files are not read from subfolders."
            return (nil, [Diagnostic(file: file, message: "this file is in a subfolder", hint: hint)])
        }
        guard parts.count == 3, let kind = ContentKind(folder: String(parts[1])) else {
            let folders = ContentKind.allCases.map(\.folder)
            let folder = parts.count > 1 ? String(parts[1]) : ""
            let hint =
                Suggestion.closest(to: folder, in: folders).map { "Did you mean content/\($0)/?" }
                ?? "Put it in one of content/\(folders.joined(separator: "/, content/"))/."
            return (nil, [Diagnostic(file: file, message: "this file is not in a content type's folder", hint: hint)])
        }
        guard let data = try? fileSystem.contents(of: file) else {
            return (nil, [Diagnostic(file: file, message: "cannot read the file")])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return (nil, [invalidUTF8(file: file, data: data)])
        }
        return ItemReader(config: config).read(file: file, kind: kind, text: Self.unifyingLineEnds(text))
    }

    /// CRLF and lone CR (old Mac editors) become LF, and so do the line
    /// breaks only YAML knows (NEL, LS, PS), so that YAML, cmark and the line
    /// numbers in diagnostics all count the same lines.
    /// One byte pass: CR (0D), NEL (C2 85), LS and PS (E2 80 A8, E2 80 A9).
    static func hasUnusualLineEnds(_ text: String) -> Bool {
        var text = text
        // memchr per lead byte: a plain byte loop here showed in profiles.
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            if memchr(base, 0x0D, bytes.count) != nil { return true }
            return Self.contains(base, bytes.count, lead: 0xC2, length: 2) { $0[1] == 0x85 }
                || Self.contains(base, bytes.count, lead: 0xE2, length: 3) { $0[1] == 0x80 && ($0[2] | 1) == 0xA9 }
        }
    }

    /// Whether a character of `length` bytes that starts with `lead` and ends
    /// in the text satisfies `rest` (given a pointer to the lead byte).
    private static func contains(
        _ base: UnsafePointer<UInt8>, _ count: Int, lead: UInt8, length: Int, _ rest: (UnsafePointer<UInt8>) -> Bool
    ) -> Bool {
        var offset = 0
        while offset < count, let hit = memchr(base + offset, Int32(lead), count - offset) {
            let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self))
            if position - base + length <= count && rest(position) { return true }
            offset = position - base + 1
        }
        return false
    }

    static func unifyingLineEnds(_ text: String) -> String {
        guard Self.hasUnusualLineEnds(text) else { return text }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r": result.append("\n")
            case "\n" where previousWasCR: break
            case "\u{85}", "\u{2028}", "\u{2029}": result.append("\n")
            default: result.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return String(result)
    }

    /// Whether `path` ends in `.md`, compared by bytes: a `String` compares
    /// `Character`s, and every file and every link between files asks.
    static func isMarkdown(_ path: String) -> Bool {
        path.utf8.reversed().starts(with: "dm.".utf8)
    }

    /// Markdown files that are skipped because of their extension: an editor
    /// who saved `x.markdown` or `x.MD` expects a page.
    public func skippedFileWarning(_ file: String) -> [Diagnostic] {
        // Nearly every file ends in .md: asking NSString for the extension of
        // each of 10,000 files took 30 ms on one core.
        if Self.isMarkdown(file) { return [] }
        let ext = (file as NSString).pathExtension
        guard ext != "md", ["md", "markdown", "mdown", "txt"].contains(ext.lowercased()) else { return [] }
        return [
            Diagnostic(
                file: file, severity: .warning, message: "this file is skipped: only files ending in .md are read",
                hint: "Rename it to \(((file as NSString).deletingPathExtension as NSString).lastPathComponent).md.")
        ]
    }

    /// The home page's introduction, `content/_index.md`, and its problems.
    public func loadHome() -> (body: String, line: Int, diagnostics: [Diagnostic]) {
        guard let data = try? fileSystem.contents(of: Self.homeFile) else { return ("", 1, []) }
        guard let validated = String(validating: data, as: UTF8.self) else {
            return ("", 1, [invalidUTF8(file: Self.homeFile, data: data)])
        }
        let text = Self.unifyingLineEnds(validated)
        guard case .success(let split) = FrontMatter.split(text) else { return (text, 1, []) }
        return (split.body, split.bodyFirstLine, checkHomeFrontMatter(split))
    }

    /// The home page's front matter takes a title and a summary only.
    private func checkHomeFrontMatter(_ split: FrontMatter) -> [Diagnostic] {
        let collector = DiagnosticCollector()
        guard
            let mapping = YAMLDocument.mapping(
                split.yaml, file: Self.homeFile, lineOffset: split.yamlFirstLine, collector: collector)
        else { return collector.diagnostics }
        let fields = FieldReader(
            mapping: mapping, file: Self.homeFile, lineOffset: split.yamlFirstLine, timeZone: config.timeZone,
            collector: collector, position: (1, 1))
        _ = fields.string("title")
        _ = fields.string("summary")
        fields.finish()
        return collector.diagnostics
    }

    /// Names the line of the first byte that is not UTF-8.
    private func invalidUTF8(file: String, data: Data) -> Diagnostic {
        var line = 1
        var bytes = data.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput, .error: break decoding
            }
        }
        return Diagnostic(
            file: file, line: line, message: "the file is not valid UTF-8 text",
            hint: "Save it as UTF-8 in your editor (often under \"Save with encoding\").")
    }
}
