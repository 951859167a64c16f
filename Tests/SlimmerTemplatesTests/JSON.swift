import SlimmerTemplates

/// A small JSON reader for the vendored spec files. It keeps numbers as the
/// text they were written as, so that `1.21` renders as `1.21`: JSON numbers
/// that are integers become `.int`, all others `.string` of their decimal
/// text (TemplateValue has no floating-point case).
enum JSON: Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    struct SyntaxError: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "invalid JSON at byte \(offset)" }
    }

    static func parse(_ text: String) throws -> JSON {
        var reader = Reader(bytes: Array(text.utf8))
        let value = try reader.value()
        reader.skipWhitespace()
        guard reader.offset == reader.bytes.count else { throw SyntaxError(offset: reader.offset) }
        return value
    }

    /// The value as a template context.
    var templateValue: TemplateValue {
        switch self {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let text): Int(text).map(TemplateValue.int) ?? .string(text)
        case .string(let text): .string(text)
        case .array(let items): .list(items.map(\.templateValue))
        case .object(let fields): .object(TemplateObject(fields.mapValues(\.templateValue)))
        }
    }

    subscript(key: String) -> JSON? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func skipWhitespace() {
            while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
        }

        mutating func value() throws -> JSON {
            skipWhitespace()
            guard offset < bytes.count else { throw SyntaxError(offset: offset) }
            switch bytes[offset] {
            case UInt8(ascii: "{"): return try object()
            case UInt8(ascii: "["): return try array()
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            default: return try number()
            }
        }

        mutating func literal(_ word: String, _ value: JSON) throws -> JSON {
            let end = offset + word.utf8.count
            guard end <= bytes.count, bytes[offset..<end].elementsEqual(word.utf8) else {
                throw SyntaxError(offset: offset)
            }
            offset = end
            return value
        }

        mutating func number() throws -> JSON {
            let start = offset
            while offset < bytes.count, "+-0123456789.eE".utf8.contains(bytes[offset]) { offset += 1 }
            guard offset > start else { throw SyntaxError(offset: offset) }
            return .number(String(decoding: bytes[start..<offset], as: UTF8.self))
        }

        mutating func array() throws -> JSON {
            offset += 1
            var items: [JSON] = []
            skipWhitespace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return .array(items)
            }
            while true {
                items.append(try value())
                skipWhitespace()
                guard offset < bytes.count else { throw SyntaxError(offset: offset) }
                offset += 1
                if bytes[offset - 1] == UInt8(ascii: "]") { return .array(items) }
                guard bytes[offset - 1] == UInt8(ascii: ",") else { throw SyntaxError(offset: offset - 1) }
            }
        }

        mutating func object() throws -> JSON {
            offset += 1
            var fields: [String: JSON] = [:]
            skipWhitespace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return .object(fields)
            }
            while true {
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                    throw SyntaxError(offset: offset)
                }
                let key = try string()
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
                    throw SyntaxError(offset: offset)
                }
                offset += 1
                fields[key] = try value()
                skipWhitespace()
                guard offset < bytes.count else { throw SyntaxError(offset: offset) }
                offset += 1
                if bytes[offset - 1] == UInt8(ascii: "}") { return .object(fields) }
                guard bytes[offset - 1] == UInt8(ascii: ",") else { throw SyntaxError(offset: offset - 1) }
            }
        }

        mutating func string() throws -> String {
            offset += 1
            var scalars = String.UnicodeScalarView()
            var run = offset
            func flush(_ reader: Reader) {
                scalars.append(
                    contentsOf: String(decoding: reader.bytes[run..<reader.offset], as: UTF8.self).unicodeScalars)
            }
            while offset < bytes.count {
                switch bytes[offset] {
                case UInt8(ascii: "\""):
                    flush(self)
                    offset += 1
                    return String(scalars)
                case UInt8(ascii: "\\"):
                    flush(self)
                    offset += 1
                    guard offset < bytes.count else { throw SyntaxError(offset: offset) }
                    scalars.append(try escape())
                    run = offset
                default:
                    offset += 1
                }
            }
            throw SyntaxError(offset: offset)
        }

        mutating func escape() throws -> Unicode.Scalar {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\") {
                    offset += 2
                    code = 0x10000 + ((code - 0xD800) << 10) + (try hex4() - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw SyntaxError(offset: offset) }
                return scalar
            default: return Unicode.Scalar(byte)
            }
        }

        mutating func hex4() throws -> UInt32 {
            guard offset + 4 <= bytes.count,
                let code = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
            else { throw SyntaxError(offset: offset) }
            offset += 4
            return code
        }
    }
}
