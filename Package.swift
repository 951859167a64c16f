// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Slimmer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "slimmer", targets: ["slimmer"]),
        .library(name: "Slimmer", targets: ["Slimmer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CCmarkArena", dependencies: ["CCmark"]),
        .target(name: "CSearchWords"),
        .target(name: "SlimmerMarkdown", dependencies: ["CCmark", "CCmarkArena", "CSearchWords"]),
        .target(name: "CAtomicSwap"),
        .target(name: "SlimmerTemplates"),
        .target(
            name: "SlimmerContent",
            dependencies: ["SlimmerMarkdown", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "SlimmerRender",
            dependencies: ["SlimmerContent", "CAtomicSwap", "SlimmerTemplates"]
        ),
        .target(name: "Slimmer", dependencies: ["SlimmerContent", "SlimmerRender", "SlimmerMarkdown"]),
        .target(
            name: "SlimmerServer",
            dependencies: ["Slimmer", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .target(
            name: "SlimmerCommands",
            dependencies: [
                "Slimmer", "SlimmerServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "slimmer",
            dependencies: ["SlimmerCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // mimalloc (Debian's libmimalloc-dev) in place of glibc's malloc: Swift
            // allocates an object per string, array and closure, and builds take
            // 7-9% less time with it (README, Performance).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .target(
            name: "SlimmerBenchmarks", dependencies: ["Slimmer", "SlimmerContent"],
            path: "Benchmarks/Sources/SlimmerBenchmarks"),
        .executableTarget(
            name: "slimmer-bench",
            dependencies: ["SlimmerBenchmarks", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/Sources/slimmer-bench"
        ),
        .testTarget(name: "SlimmerBenchmarksTests", dependencies: ["SlimmerBenchmarks", "SlimmerRender"]),
        .testTarget(name: "SlimmerMarkdownTests", dependencies: ["SlimmerMarkdown"]),
        .testTarget(name: "SlimmerTemplatesTests", dependencies: ["SlimmerTemplates"], exclude: ["spec"]),
        .testTarget(name: "SlimmerContentTests", dependencies: ["SlimmerContent"]),
        .testTarget(name: "SlimmerRenderTests", dependencies: ["SlimmerRender"]),
        .testTarget(name: "SlimmerTests", dependencies: ["Slimmer"]),
        .testTarget(name: "SlimmerCommandsTests", dependencies: ["SlimmerCommands"]),
        .testTarget(
            name: "SlimmerServerTests",
            dependencies: ["SlimmerServer", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
