import Foundation

/// The Markdown report of one size: medians per program, the ratios, and
/// the issue's targets marked met or missed (reported, never asserted).
public struct ComparisonTable: Sendable {
    public var result: ComparisonResult

    public init(result: ComparisonResult) {
        self.result = result
    }

    /// The targets apply to clean builds of 10,000 pages and more.
    static let targetSize = 10_000

    public var markdown: String {
        var lines = [
            "### \(Self.grouped(result.pages)) pages", "",
            "| | wall (s) | CPU (s) | peak (MiB) | HTML files | files | MiB written |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        let slimmer = result.median(.slimmer)
        let hugo = result.median(.hugo)
        let cmark = result.median(.cmark)
        let targets = result.pages >= Self.targetSize
        if let slimmer {
            var peak = Self.mebibytes(slimmer.peakKiB)
            if targets && hugo == nil { peak += Self.verdict(Double(slimmer.peakKiB) / 1024, "< 2048") }
            lines.append(row("Slimmer", slimmer, peak: peak, output: result.outputs[.slimmer]))
        }
        if let hugo {
            lines.append(row("Hugo", hugo, peak: Self.mebibytes(hugo.peakKiB), output: result.outputs[.hugo]))
        }
        if let slimmer, let hugo {
            let wall = slimmer.wall / hugo.wall
            let peak = Double(slimmer.peakKiB) / Double(hugo.peakKiB)
            lines.append(
                "| slimmer/hugo | \(Self.ratio(wall))\(targets ? Self.verdict(wall, "≤ 0.40×") : "") "
                    + "| \(Self.ratio(slimmer.cpu / hugo.cpu)) "
                    + "| \(Self.ratio(peak))\(targets ? Self.verdict(peak, "≤ 0.25×") : "") | | | |")
        }
        if let cmark { lines.append(row("cmark floor", cmark, peak: Self.mebibytes(cmark.peakKiB), output: nil)) }
        if let slimmer, let cmark {
            let wall = slimmer.wall / cmark.wall
            lines.append(
                "| slimmer/cmark | \(Self.ratio(wall))\(targets ? Self.verdict(wall, "≤ 2×") : "") "
                    + "| \(Self.ratio(slimmer.cpu / cmark.cpu)) | \(Self.ratio(Double(slimmer.peakKiB) / Double(cmark.peakKiB))) | | | |"
            )
        }
        lines.append("")
        let runs = [Program.slimmer, .hugo, .cmark].compactMap { program in
            result.measurements[program].map {
                "\(program) " + $0.map { String(format: "%.2f", $0.wall) }.joined(separator: ", ")
            }
        }
        lines.append("Wall time of each counted run (s): " + runs.joined(separator: "; ") + ".")
        return lines.joined(separator: "\n") + "\n"
    }

    func row(_ name: String, _ measurement: Measurement, peak: String, output: OutputCount?) -> String {
        let files = output.map {
            "\(Self.grouped($0.html)) | \(Self.grouped($0.all)) | \(Self.mebibytes($0.bytes / 1024))"
        }
        return "| \(name) | \(String(format: "%.2f | %.2f", measurement.wall, measurement.cpu)) | \(peak) | "
            + "\(files ?? "| |") |"
    }

    /// `(target ≤ 0.40×: met)`; `target` is `≤ X` or `< X`, its number read back.
    static func verdict(_ value: Double, _ target: String) -> String {
        let limit = Double(target.filter { $0.isNumber || $0 == "." }) ?? 0
        let met = target.hasPrefix("<") ? value < limit : value <= limit
        return " (target \(target): \(met ? "met" : "missed"))"
    }

    static func ratio(_ value: Double) -> String {
        String(format: "%.2f×", value)
    }

    static func mebibytes(_ kibibytes: Int) -> String {
        grouped(Int((Double(kibibytes) / 1024).rounded()))
    }

    /// `10,000`, whatever the locale.
    static func grouped(_ number: Int) -> String {
        var digits = String(number.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(Substring(digits), at: 0)
        return (number < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
