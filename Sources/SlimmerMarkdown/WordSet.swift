import CSearchWords

/// A set of words whose bytes it keeps one after the other, space-separated,
/// in one buffer, so that the buffer is also the set's text in order of first
/// insertion. The set and its scan are C (`CSearchWords`): sixteen bytes
/// classified at once and a word hashed eight bytes at a time; in Swift, one
/// byte at a time, they were a tenth of a build, as much as cmark's parsing.
struct WordSet: ~Copyable {
    private let set: OpaquePointer

    /// A set sized for about `capacity` words that takes at most `limit`.
    init(capacity: Int, limit: Int = .max) {
        guard let set = slimmer_word_set_create(capacity, limit) else { fatalError("out of memory") }
        self.set = set
    }

    deinit { slimmer_word_set_destroy(set) }

    var count: Int { slimmer_word_set_count(set) }

    /// The words, space-separated.
    var text: String {
        var length = 0
        let bytes = slimmer_word_set_text(set, &length)
        return String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }

    /// Adds `word`; false when it was there or the set is full.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        slimmer_word_set_insert(set, word.baseAddress, word.count) == 1
    }

    /// Adds every all-ASCII word of `text[position..<count]`, lowercased in
    /// place, and returns the next word with other bytes, with `position`
    /// after it; nil when the text ends or the set is full. `position` must
    /// not be inside a word, and ``padding`` zero bytes must follow `count`.
    mutating func insertWords(
        of text: UnsafeMutableBufferPointer<UInt8>, count: Int, from position: inout Int
    ) -> Range<Int>? {
        var start = 0
        var end = 0
        guard slimmer_words_scan(set, text.baseAddress, count, &position, &start, &end) != 0 else { return nil }
        return start..<end
    }

    /// The zero bytes ``insertWords(of:count:from:)`` needs after the text, for its 64-byte loads.
    static let padding = 64
}
