/// docs/wire-format.md lists every kind and every field the encoder writes.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct WireDocumentationTests {
    static let doc: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "docs/wire-format.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The text under `### \`kind\``, up to the next heading.
    static func section(_ kind: String) -> String? {
        guard let start = doc.range(of: "### `\(kind)`\n") else { return nil }
        let rest = doc[start.upperBound...]
        let end = rest.range(of: "\n#")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func everyKindHasASection() {
        for kind in EventKind.allCases {
            #expect(Self.section(kind.rawValue) != nil, "docs/wire-format.md has no section for \(kind.rawValue)")
        }
    }

    @Test func everyFieldWrittenIsDocumentedUnderItsKind() throws {
        let lines = try WireFixtureTests.lines("events-v2.jsonl") + WireFixtureTests.lines("events-v2-report.jsonl")
        var seen = Set<String>()
        for line in lines {
            let value = try JSONParser.parse(Array(line.utf8))
            guard case let .string(kind)? = value["kind"], case let .object(fields)? = value["data"] else { continue }
            let section = try #require(Self.section(kind))
            for key in fields.keys {
                seen.insert("\(kind).\(key)")
                #expect(section.contains("`\(key)`"), "docs/wire-format.md does not list \(kind).\(key)")
            }
        }
        #expect(seen.count >= 45, "the fixture covers too few fields for this check to mean much")
    }

    @Test func everyEnvelopeFieldIsDocumented() throws {
        let line = try WireFixtureTests.lines("events-v2.jsonl")[0]
        guard case let .object(fields) = try JSONParser.parse(Array(line.utf8)) else { Issue.record("not an object"); return }
        for key in fields.keys { #expect(Self.doc.contains("| `\(key)` |"), "envelope field \(key) is not in the table") }
    }
}
