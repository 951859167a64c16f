/// A set of words whose bytes it keeps one after the other in one buffer,
/// optionally separated by spaces, so that the buffer is also the set's text
/// in order of insertion: open addressing over FNV-1a hashes, with no
/// allocation or reference counting per word.
struct WordSet {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    private var storage: [UInt8] = []
    private var slots: [Int32]
    private var ranges: [Range<Int32>] = []
    private var hashes: [UInt64] = []
    /// Each word's first eight bytes, zero-padded: with the hash and the
    /// length, a word of up to eight bytes is told apart without comparing bytes.
    private var prefixes: [UInt64] = []
    private let separated: Bool

    /// A set that holds `capacity` words before it grows.
    init(capacity: Int, separated: Bool) {
        slots = [Int32](repeating: -1, count: max(16, (capacity * 2).nextPowerOf2))
        self.separated = separated
        ranges.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        prefixes.reserveCapacity(capacity)
        storage.reserveCapacity(capacity * 8)
    }

    var count: Int { ranges.count }

    /// The words, space-separated when the set was made `separated`.
    var text: String { String(decoding: storage, as: UTF8.self) }

    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        word.reduce(seed) { ($0 ^ UInt64($1)) &* prime }
    }

    /// The first eight bytes of `word`, zero-padded, little-endian.
    static func prefix(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for (offset, byte) in word.prefix(8).enumerated() { value |= UInt64(byte) << (8 * UInt64(offset)) }
        return value
    }

    /// ``prefix(_:)`` of a word followed by at least eight readable bytes, in one load.
    @inline(__always)
    static func paddedPrefix(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let value = UnsafeRawPointer(word.baseAddress!).loadUnaligned(as: UInt64.self)
        return word.count >= 8 ? value : value & ((1 << (8 * UInt64(word.count))) &- 1)
    }

    /// Adds `word`, whose ``hash(_:)`` is `hash`; false when it was there.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        insert(word, hash: hash, prefix: Self.prefix(word))
    }

    /// Adds `word`, whose ``hash(_:)`` and ``prefix(_:)`` are given; false when it was there.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, prefix: UInt64) -> Bool {
        if (ranges.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while slots[slot] >= 0 {
            let other = Int(slots[slot])
            if hashes[other] == hash, prefixes[other] == prefix, ranges[other].count == word.count,
                word.count <= 8 || equal(ranges[other], word)
            {
                return false
            }
            slot = (slot + 1) & mask
        }
        if separated && !storage.isEmpty { storage.append(0x20) }
        let start = Int32(storage.count)
        storage.append(contentsOf: word)
        slots[slot] = Int32(ranges.count)
        ranges.append(start..<Int32(storage.count))
        hashes.append(hash)
        prefixes.append(prefix)
        return true
    }

    private func equal(_ range: Range<Int32>, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == word.count else { return false }
        return storage.withUnsafeBufferPointer { buffer in
            memcmpEqual(buffer.baseAddress! + Int(range.lowerBound), word.baseAddress!, word.count)
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash >> 7) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}

private func memcmpEqual(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    for offset in 0..<count where left[offset] != right[offset] { return false }
    return true
}

extension Int {
    fileprivate var nextPowerOf2: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
