import Foundation

/// One file of the built site.
public struct OutputFile: Sendable, Hashable {
    /// Path relative to the output folder: `doetanks/x/index.html`.
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }
}

/// A file whose contents are text: a page, written from the text's own bytes.
public struct OutputText: Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    public var file: OutputFile { OutputFile(path: path, contents: Data(text.utf8)) }
}
