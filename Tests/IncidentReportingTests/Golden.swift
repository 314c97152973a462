/// Golden files: the report compared with a committed copy, with a readable diff when they differ.
import Foundation
import Testing

enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Re-recording happens only when asked (`RECORD_GOLDEN=1`), and never under CI.
    static var recording: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["RECORD_GOLDEN"] == "1" && environment["CI"] == nil
    }

    static func read(_ name: String) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// Fails with a line diff when `actual` differs from the golden file `name`.
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = read(name) else {
            Issue.record("Golden file \(name) is missing; record it with RECORD_GOLDEN=1 swift test --filter IncidentReportingTests",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        Issue.record("""
            The report differs from Golden/\(name) (- golden, + now). If the change is intended, re-record with \
            RECORD_GOLDEN=1 swift test --filter IncidentReportingTests and review the diff in git.
            \(diff(expected, actual))
            """, sourceLocation: sourceLocation)
    }

    /// A line diff (longest common subsequence), showing changed lines with two lines of context.
    static func diff(_ old: String, _ new: String) -> String {
        let a = old.components(separatedBy: "\n"), b = new.components(separatedBy: "\n")
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var lines: [(Character, String, Int)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] { lines.append((" ", a[i], i + 1)); i += 1; j += 1 }
            else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] { lines.append(("-", a[i], i + 1)); i += 1 }
            else { lines.append(("+", b[j], j + 1)); j += 1 }
        }
        let changed = Set(lines.indices.filter { lines[$0].0 != " " })
        return lines.indices.filter { index in (index - 2...index + 2).contains { changed.contains($0) } }
            .map { "\(lines[$0].0) \(lines[$0].2): \(lines[$0].1)" }.joined(separator: "\n")
    }
}
