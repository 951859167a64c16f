import Foundation

/// A JSON value of which only strings are read.
struct AnyDecodable: Decodable {
    var string: String?
    init(from decoder: Decoder) throws {
        string = try? decoder.singleValueContainer().decode(String.self)
    }
}
