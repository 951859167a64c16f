import Testing

@testable import SlimmerTemplates

@Suite struct TemplateObjectTests {
    /// Random inserts, replacements and removals, small and past the size at
    /// which the object keeps an index, against a `Dictionary` doing the same.
    @Test(arguments: [1, 2, 3, 4])
    func behavesLikeADictionary(seed: UInt64) {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var object = TemplateObject()
        var dictionary: [String: TemplateValue] = [:]
        for step in 0..<3_000 {
            let key = "k\(next(step < 1_500 ? 20 : 200))"
            let value: TemplateValue? = next(5) == 0 ? nil : .int(step)
            object[key] = value
            dictionary[key] = value
            #expect(object.count == dictionary.count)
            let probe = "k\(next(200))"
            #expect(object[probe] == dictionary[probe])
            #expect(object[TemplateKey(probe)] == dictionary[probe])
        }
        #expect(object == TemplateObject(dictionary))
        #expect(Set(object.keys) == Set(dictionary.keys))
    }

    @Test func laterFieldsWinAndOrderDoesNotMatter() {
        let literal: TemplateObject = ["a": 1, "b": 2, "a": 3]
        #expect(literal["a"] == .int(3))
        #expect(literal == ["b": 2, "a": 3])
        #expect(literal != ["b": 2, "a": 4])
        #expect(literal.merging(["b": "x", "c": true]) == ["a": 3, "b": "x", "c": true])
        #expect(Set([literal, ["b": 2, "a": 3]]).count == 1)
    }
}
