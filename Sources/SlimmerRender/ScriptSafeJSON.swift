/// JSON text for the search index and JSON-LD, written by hand: keys sorted
/// so the bytes never vary, and `<`, `>` and `&` as `\u` escapes so that the
/// text is safe inside an HTML `<script>` element. Foundation's
/// `JSONSerialization` took a twentieth of a build for the JSON-LD alone.
enum ScriptSafeJSON {
    /// `value` may be a `[String: Any]`, an array, a `String`, an `Int`, a
    /// `Bool` or nil (written as `null`).
    static func encode(_ value: Any?) -> String {
        var output: [UInt8] = []
        write(value, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// A field of ``encode(sortedFields:)``: text or a list of texts.
    enum Field {
        case text(String)
        case texts([String])
    }

    /// An object of texts and lists of texts, with its keys given in sorted
    /// order: the search index's entries, written without `Any` and its casts.
    static func encode(sortedFields fields: KeyValuePairs<String, Field>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        writeObject(fields, to: &output) { field, output in
            switch field {
            case .text(let text): writeString(text, to: &output)
            case .texts(let texts): writeList(texts, to: &output) { writeString($0, to: &$1) }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ value: Any?, to output: inout [UInt8]) {
        switch value {
        case let text as String: writeString(text, to: &output)
        case let flag as Bool: output += (flag ? "true" : "false").utf8
        case let number as Int: output += String(number).utf8
        case let object as [String: Any]:
            writeObject(object.keys.sorted().map { (key: $0, value: object[$0]) }, to: &output) { write($0, to: &$1) }
        case let list as [Any]: writeList(list, to: &output) { write($0, to: &$1) }
        default: output += "null".utf8
        }
    }

    /// `{"key":value,…}` in the order given.
    private static func writeObject<Value>(
        _ fields: some Sequence<(key: String, value: Value)>, to output: inout [UInt8],
        _ writeValue: (Value, inout [UInt8]) -> Void
    ) {
        output.append(UInt8(ascii: "{"))
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            writeString(key, to: &output)
            output.append(UInt8(ascii: ":"))
            writeValue(value, &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    /// `[element,…]`.
    private static func writeList<Element>(
        _ elements: [Element], to output: inout [UInt8], _ writeElement: (Element, inout [UInt8]) -> Void
    ) {
        output.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            writeElement(element, &output)
        }
        output.append(UInt8(ascii: "]"))
    }

    /// Runs of plain bytes are copied whole (search index entries are mostly
    /// plain words). Everything that needs an escape is ASCII, except U+2028
    /// and U+2029 (E2 80 A8/A9), which old JavaScript parsers read as line ends.
    private static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // The string's own bytes and the table through pointers: copying each
        // string into an array first, and the checked table reads, were half
        // of this function's time over the search index.
        var text = text
        text.withUTF8 { bytes in
            needsCare.withUnsafeBufferPointer { care in
                var runStart = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    guard care[Int(byte)] else {
                        index += 1
                        continue
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    switch byte {
                    case UInt8(ascii: "\""): output += #"\""#.utf8
                    case UInt8(ascii: "\\"): output += #"\\"#.utf8
                    case 0x0A: output += #"\n"#.utf8
                    case 0x0D: output += #"\r"#.utf8
                    case 0x09: output += #"\t"#.utf8
                    case 0xE2
                    where index + 2 < bytes.count && bytes[index + 1] == 0x80
                        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                        output += unicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                        index += 2
                    case 0xE2: output.append(byte)
                    default: output += unicodeEscape(UInt32(byte))
                    }
                    index += 1
                    runStart = index
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The bytes `writeString` looks at: controls, `"`, `\`, `<`, `>`, `&` and
    /// the lead byte of U+2028 and U+2029.
    private static let needsCare: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0xE2 || [0x22, 0x5C, 0x3C, 0x3E, 0x26].contains(byte)
    }

    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        let digits = String(value, radix: 16)
        return Array(("\\u" + String(repeating: "0", count: 4 - digits.count) + digits).utf8)
    }
}
