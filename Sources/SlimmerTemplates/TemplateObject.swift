/// The fields of a template object: a small hash map whose keys carry a hash
/// computed once. A template's names hash their keys when it is compiled, so
/// a lookup never hashes: with `[String: TemplateValue]`, every lookup (and
/// every miss while a name climbs the context stack) hashed the key again, and
/// lookups were a tenth of a build.
///
/// Small objects are searched by hash from the front; larger ones (a theme's
/// translation table) keep an index. Equality ignores the order of fields.
public struct TemplateObject: Sendable, Hashable {
    struct Entry: Sendable {
        let hash: UInt32
        let key: String
        var value: TemplateValue
    }

    private var entries: [Entry] = []
    /// Positions in `entries` by hash, open addressing, once there are more
    /// than `linearLimit` fields; -1 is free.
    private var index: [Int32] = []
    private static let linearLimit = 12

    public init() {}

    public init(_ fields: [String: TemplateValue]) {
        entries.reserveCapacity(fields.count)
        // Sorted, so that building the object never depends on a dictionary's seed.
        for key in fields.keys.sorted() { self[key] = fields[key] }
    }

    public var count: Int { entries.count }

    /// The address of the fields' storage: the same for copies of this object,
    /// different for any other object alive at the same time (an empty object
    /// shares the empty storage, so ``PartialCache`` keeps none).
    var identity: Int {
        entries.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    }

    /// The keys, in the order they were added.
    public var keys: [String] { entries.map(\.key) }

    public subscript(key: String) -> TemplateValue? {
        get { position(of: TemplateKey(key)).map { entries[$0].value } }
        set { set(TemplateKey(key), newValue) }
    }

    /// The value of a key whose hash was computed before.
    public subscript(key: TemplateKey) -> TemplateValue? {
        position(of: key).map { entries[$0].value }
    }

    /// `other`'s fields added, replacing fields with the same key.
    public mutating func merge(_ other: TemplateObject) {
        for entry in other.entries { set(TemplateKey(entry.key, hash: entry.hash), entry.value) }
    }

    public func merging(_ other: TemplateObject) -> TemplateObject {
        var result = self
        result.merge(other)
        return result
    }

    private func position(of key: TemplateKey) -> Int? {
        if index.isEmpty {
            return entries.firstIndex { $0.hash == key.hash && $0.key == key.text }
        }
        let mask = index.count - 1
        var slot = Int(key.hash) & mask
        while index[slot] >= 0 {
            let position = Int(index[slot])
            if entries[position].hash == key.hash && entries[position].key == key.text { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func set(_ key: TemplateKey, _ value: TemplateValue?) {
        switch (position(of: key), value) {
        case (let position?, let value?):
            entries[position].value = value
        case (let position?, nil):
            entries.remove(at: position)
            rebuildIndex()
        case (nil, let value?):
            entries.append(Entry(hash: key.hash, key: key.text, value: value))
            if entries.count > Self.linearLimit {
                if index.count < entries.count * 2 { rebuildIndex() } else { insertIntoIndex(entries.count - 1) }
            }
        case (nil, nil):
            return
        }
    }

    private mutating func rebuildIndex() {
        guard entries.count > Self.linearLimit else {
            index = []
            return
        }
        var size = 32
        while size < entries.count * 4 { size *= 2 }
        index = [Int32](repeating: -1, count: size)
        for position in entries.indices { insertIntoIndex(position) }
    }

    private mutating func insertIntoIndex(_ position: Int) {
        let mask = index.count - 1
        var slot = Int(entries[position].hash) & mask
        while index[slot] >= 0 { slot = (slot + 1) & mask }
        index[slot] = Int32(position)
    }

    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.count == rhs.count && lhs.entries.allSatisfy { rhs[TemplateKey($0.key, hash: $0.hash)] == $0.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(entries.reduce(0) { $0 ^ $1.hash })
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    /// Later fields replace earlier ones with the same key.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }
}

/// A field name with its hash (FNV-1a over its UTF-8 bytes), computed once.
public struct TemplateKey: Sendable, Hashable {
    public let text: String
    let hash: UInt32

    public init(_ text: String) {
        self.init(text, hash: text.utf8.reduce(2_166_136_261 as UInt32) { ($0 ^ UInt32($1)) &* 16_777_619 })
    }

    init(_ text: String, hash: UInt32) {
        self.text = text
        self.hash = hash
    }

    public static func == (lhs: TemplateKey, rhs: TemplateKey) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
