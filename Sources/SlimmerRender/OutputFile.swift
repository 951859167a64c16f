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
