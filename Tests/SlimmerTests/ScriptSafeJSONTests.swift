import Foundation
import Testing

@testable import SlimmerRender

@Suite struct ScriptSafeJSONTests {
    @Test func escapesWhatCouldEndAScriptAndRoundTrips() throws {
        let text = "a\"b\\c\nd\re\tf<g>h&i\u{1}j\u{2028}k\u{2029}l 🎉 é"
        let json = ScriptSafeJSON.encode(["z": text, "a": [1, true, "x"] as [Any], "n": nil as Any?])
        #expect(json.hasPrefix(#"{"a":[1,true,"x"],"n":null,"z":"#))
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(json.contains(#"\u2028"#) && json.contains(#"\u0001"#))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["z"] as? String == text)
    }

    /// The search index's typed writer gives the same bytes as the general one.
    @Test func sortedFieldsWriteWhatTheGeneralEncoderWrites() {
        let text = "a\"b<c>\u{2028} é"
        let typed = ScriptSafeJSON.encode(sortedFields: [
            "a": .text(text), "b": .texts([]), "c": .texts(["x", text]), "d": .text(""),
        ])
        let general = ScriptSafeJSON.encode(["d": "", "c": ["x", text], "b": [String](), "a": text] as [String: Any])
        #expect(typed == general)
        #expect(typed.hasPrefix(#"{"a":"a\"b\u003cc\u003e\u2028 é","b":[],"c":["x","#))
    }
}
