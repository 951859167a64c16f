/// JSON text for the search index and JSON-LD, written by hand: keys sorted
/// so the bytes never vary, and `<`, `>` and `&` as `\u` escapes so that the
/// text is safe inside an HTML `<script>` element. Foundation's
/// `JSONSerialization` took a twentieth of a build for the JSON-LD alone.
enum ScriptSafeJSON {
    /// `value` may be a `[String: Any]`, an array, a `String`, an `Int`, a
    /// `Bool` or nil (written as `null`).
    static func encode(_ value: Any?) -> String {
        var output = ""
        write(value, to: &output)
        return output
    }

    private static func write(_ value: Any?, to output: inout String) {
        switch value {
        case let text as String: writeString(text, to: &output)
        case let flag as Bool: output += flag ? "true" : "false"
        case let number as Int: output += String(number)
        case let object as [String: Any]:
            output += "{"
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                writeString(key, to: &output)
                output += ":"
                write(object[key], to: &output)
            }
            output += "}"
        case let list as [Any]:
            output += "["
            for (index, element) in list.enumerated() {
                if index > 0 { output += "," }
                write(element, to: &output)
            }
            output += "]"
        default: output += "null"
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                output += "\\u" + hex(scalar.value)
            default:
                if scalar.value < 0x20 {
                    output += "\\u" + hex(scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
