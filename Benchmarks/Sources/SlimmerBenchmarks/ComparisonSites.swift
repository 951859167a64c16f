import Foundation

/// The inputs of one size of the comparison, written once before anything
/// is timed: the Slimmer site, the Hugo site and all the Markdown bodies in
/// one file for the cmark floor.
public struct ComparisonSites: Sendable {
    /// The folder with everything for this size.
    public let root: URL

    public var slimmer: URL { root.appendingPathComponent("slimmer") }
    public var hugo: URL { root.appendingPathComponent("hugo") }
    /// Every body of the corpus, one after the other, for `cmark`.
    public var markdown: URL { root.appendingPathComponent("all.md") }

    public init(root: URL) {
        self.root = root
    }

    /// Generates a corpus of `pages` items and writes the sites: Slimmer's
    /// with a copy of `theme`, Hugo's (unless `withHugo` is false) with a copy
    /// of `hugoLayouts` and the theme's static files, so both publish the same
    /// stylesheet and images.
    public func write(pages: Int, theme: URL, hugoLayouts: URL, withHugo: Bool) throws {
        let manager = FileManager.default
        try? manager.removeItem(at: root)
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        let corpus = Corpus(pages: pages)
        try Corpus.write(corpus.slimmerFiles(), to: slimmer)
        try manager.copyItem(at: theme, to: slimmer.appendingPathComponent("themes/slimmer"))
        if withHugo {
            try Corpus.write(corpus.hugoFiles(), to: hugo)
            try manager.copyItem(at: hugoLayouts, to: hugo.appendingPathComponent("layouts"))
            try manager.copyItem(at: theme.appendingPathComponent("static"), to: hugo.appendingPathComponent("static"))
        }
        guard manager.createFile(atPath: markdown.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: markdown.path)
        else { throw BenchmarkFailure(message: "Cannot write \(markdown.path)") }
        defer { try? handle.close() }
        for entry in corpus.entries { try handle.write(contentsOf: Data((entry.body + "\n").utf8)) }
    }

    /// The options of `slimmer-bench write-sites` that make it call ``write(pages:theme:hugoLayouts:withHugo:)``.
    public static func arguments(root: URL, pages: Int, theme: URL, hugoLayouts: URL, withHugo: Bool) -> [String] {
        ["--root", root.path, "--pages", String(pages), "--theme", theme.path, "--hugo-layouts", hugoLayouts.path]
            + (withHugo ? [] : ["--without-hugo"])
    }
}

/// How many files a build wrote.
public struct OutputCount: Sendable, Hashable {
    public var html: Int
    public var all: Int
    /// Total size in bytes.
    public var bytes: Int

    /// Counts the files under `folder`.
    public init(of folder: URL) {
        html = 0
        all = 0
        bytes = 0
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey]
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { return }
        for case let url as URL in files {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else {
                continue
            }
            all += 1
            bytes += values.fileSize ?? 0
            if url.pathExtension == "html" { html += 1 }
        }
    }
}
