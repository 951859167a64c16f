/// A partial rendered ahead of time for each of many context objects, as
/// list pages show it for the same item again and again: the card of an item
/// appears on about nine pages at 10,000 items, and rendering it each time
/// was a tenth of a build.
///
/// An object's rendering is kept only when it read nothing but the object
/// itself (and what the object holds), so that it is the same on every page:
/// a name the object lacks would climb to the page's own context. The cache
/// keeps its objects alive, so an object is known by its storage's address.
public struct PartialCache: Sendable {
    /// The partial's name, as `{{>name}}` gives it.
    public let partial: String
    let html: [Int: String]
    /// The objects whose renderings are kept, alive as long as the cache.
    private let objects: [TemplateObject]

    /// Keeps `renderings[i]`, from ``TemplateLibrary/renderAlone(_:_:)``, for
    /// `values[i]` when it is a non-empty object and the rendering is not nil.
    public init(partial: String, values: [TemplateValue], renderings: [String?]) {
        self.partial = partial
        var html: [Int: String] = [:]
        var objects: [TemplateObject] = []
        for (value, rendering) in zip(values, renderings) {
            guard case .object(let object) = value, object.count > 0, let rendering else { continue }
            html[object.identity] = rendering
            objects.append(object)
        }
        self.html = html
        self.objects = objects
    }

    /// How many objects have a rendering kept.
    public var count: Int { html.count }

    /// The kept rendering for `object`, the very object the cache was made with.
    func rendering(for object: TemplateObject) -> String? {
        html[object.identity]
    }
}
