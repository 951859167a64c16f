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
}
