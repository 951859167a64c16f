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
        let files = fileSystem.files(under: Self.contentFolder).filter { $0.hasSuffix(".md") && $0 != Self.homeFile }
        let results = ParallelMap.map(files, jobs: jobs) { file in loadFile(file) }
        var items: [Item] = []
        var diagnostics: [Diagnostic] = []
        for (item, problems) in results {
            if let item { items.append(item) }
            diagnostics += problems
        }
        let home = loadHome(&diagnostics)
        return LoadedContent(items: items, homeBody: home.body, homeBodyFirstLine: home.line, diagnostics: diagnostics)
    }

    private func loadFile(_ file: String) -> (Item?, [Diagnostic]) {
        let parts = file.split(separator: "/")
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
        return ItemReader(config: config).read(file: file, kind: kind, text: text)
    }

    private func loadHome(_ diagnostics: inout [Diagnostic]) -> (body: String, line: Int) {
        guard let data = try? fileSystem.contents(of: Self.homeFile) else { return ("", 1) }
        guard let text = String(validating: data, as: UTF8.self) else {
            diagnostics.append(invalidUTF8(file: Self.homeFile, data: data))
            return ("", 1)
        }
        if case .success(let split) = FrontMatter.split(text) { return (split.body, split.bodyFirstLine) }
        return (text, 1)
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
