import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What one finished child process cost: the kernel's own accounting of
/// that process (`wait4`), so nothing else running on the machine counts.
public struct Measurement: Sendable, Hashable {
    /// Wall time from spawn to exit, in seconds.
    public var wall: Double
    /// User plus system CPU time, in seconds (more than `wall` when it used several cores).
    public var cpu: Double
    /// Peak resident memory, in KiB (`ru_maxrss`).
    public var peakKiB: Int

    public init(wall: Double, cpu: Double, peakKiB: Int) {
        self.wall = wall
        self.cpu = cpu
        self.peakKiB = peakKiB
    }
}

/// A child process that exited with a non-zero status or could not start.
public struct ChildProcessFailure: Error, CustomStringConvertible {
    public var command: [String]
    public var status: Int32
    public var log: String

    public var description: String {
        "`\(command.joined(separator: " "))` failed with status \(status)\(log.isEmpty ? "" : ":\n\(log)")"
    }
}

/// Runs one program as a fresh process and measures it.
public enum ChildProcess {
    /// Runs `arguments` (the first is the program, looked up in `PATH` when
    /// it has no slash) with standard input from `input`, standard output to
    /// `output` and standard error to `log` (both `/dev/null` when nil).
    /// Throws ``ChildProcessFailure`` when it exits with a non-zero status.
    @discardableResult
    public static func run(
        _ arguments: [String], input: String = "/dev/null", output: String? = nil, log: String? = nil
    ) throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, log ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw ChildProcessFailure(command: arguments, status: -1, log: String(cString: strerror(spawned)))
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let wall = clock.now - start
        // WIFEXITED and WEXITSTATUS are C macros, which Swift does not import.
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard exitStatus == 0 else {
            let text = log.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
            throw ChildProcessFailure(command: arguments, status: exitStatus, log: String(text.suffix(2_000)))
        }
        return Measurement(
            wall: seconds(wall), cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakKiB: usage.ru_maxrss)
    }

    /// The first line a program prints, or nil when it cannot run.
    public static func firstLine(of arguments: [String]) -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slimmer-bench-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        guard (try? run(arguments, output: file)) != nil,
            let text = try? String(contentsOfFile: file, encoding: .utf8)
        else { return nil }
        return text.split(separator: "\n").first.map(String.init)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }
}
