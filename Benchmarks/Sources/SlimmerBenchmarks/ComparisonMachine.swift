import Foundation

/// The machine and programs a comparison ran on, for the report's header.
public struct ComparisonMachine: Sendable {
    public var cores: Int
    /// Total memory in KiB (`MemTotal` in `/proc/meminfo`).
    public var memoryKiB: Int
    /// Memory no one used at the start, in KiB (`MemFree`): on a virtual
    /// machine, builds that need new pages while the page cache fills the
    /// rest ran up to three times slower (measured: 4.6 s instead of 1.6 s
    /// at 10,000 pages, with 2.5 GiB free of 23.5).
    public var freeKiB: Int
    /// `model name` in `/proc/cpuinfo`.
    public var cpu: String
    public var date: Date
    /// The first line of `hugo version` and `cmark --version`.
    public var versions: [String]

    /// Reads the machine's description and the versions of `tools`.
    public init(tools: ComparisonRunner.Tools) {
        cores = ProcessInfo.processInfo.activeProcessorCount
        memoryKiB = Self.kibibytes("MemTotal")
        freeKiB = Self.kibibytes("MemFree")
        cpu = Self.field("model name", in: "/proc/cpuinfo") ?? "unknown CPU"
        date = Date()
        versions = [[tools.hugo, "version"], [tools.cmark, "--version"]].compactMap(ChildProcess.firstLine)
    }

    private static func kibibytes(_ name: String) -> Int {
        field(name, in: "/proc/meminfo").flatMap { Int($0.split(separator: " ").first ?? "") } ?? 0
    }

    /// The value of the first `name: value` line of a `/proc` file.
    static func field(_ name: String, in path: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    public var markdown: String {
        let day = date.formatted(.iso8601.year().month().day())
        let gibibytes = { (kib: Int) in String(format: "%.1f GiB", Double(kib) / 1024 / 1024) }
        return """
            Machine: \(cores) cores (nproc), \(gibibytes(memoryKiB)) memory (\(gibibytes(freeKiB)) free at the start), \(cpu). Date: \(day).
            Programs: \(versions.joined(separator: "; ")).


            """
    }
}
