import Foundation

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
