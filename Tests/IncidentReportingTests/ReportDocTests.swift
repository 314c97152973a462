/// docs/reports.md stays true: its sample reports are exactly the golden files.
import Foundation
import Testing

struct ReportDocTests {
    static let doc = Golden.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/reports.md")

    /// The fenced block after each `<!-- golden: NAME -->` marker, by name.
    static func samples(in text: String) -> [String: String] {
        var samples: [String: String] = [:]
        let lines = text.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard line.hasPrefix("<!-- golden: "), line.hasSuffix(" -->"), index < lines.count, lines[index].hasPrefix("````") else { continue }
            let name = String(line.dropFirst("<!-- golden: ".count).dropLast(" -->".count))
            index += 1
            var body: [String] = []
            while index < lines.count, lines[index] != "````" { body.append(lines[index]); index += 1 }
            samples[name] = body.joined(separator: "\n") + "\n"
        }
        return samples
    }

    @Test func theDocsSampleReportsAreTheGoldenFiles() throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        let samples = Self.samples(in: text)
        #expect(samples.keys.sorted() == ["sample-internal.md", "sample-public.md"])
        for (name, sample) in samples {
            let golden = try #require(Golden.read(name), "Golden/\(name) is missing")
            if sample != golden {
                Issue.record("docs/reports.md's sample differs from Golden/\(name) (- golden, + docs); copy the golden file into the doc:\n\(Golden.diff(golden, sample))")
            }
        }
    }
}
