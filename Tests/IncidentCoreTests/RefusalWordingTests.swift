/// The core's refusals name no key: what to do instead is a remedy, which the console shows as its key and the
/// command line as its verb, so a rebound key cannot leave a stale message in the core.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct RefusalWordingTests {
    /// Every string literal in the core's sources that looks like a key hint: "(r, or", "press c", "y in the console".
    @Test func noCoreSourceNamesAConsoleKey() throws {
        let core = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/IncidentCore")
        let files = try #require(FileManager.default.enumerator(at: core, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        #expect(files.count > 20, "the core's sources are found")
        let keyHint = try Regex(#"\((?:[a-zA-Z!?]|Esc|Enter|Tab), or |press [a-zA-Z!?]\b|in the console|\s\([a-zA-Z!?]\)"#)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && line.contains(keyHint) {
                Issue.record("\(file.lastPathComponent):\(number + 1) names a key: \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
    }

    @Test func theRemedyIsWrittenBeforeTheFullStop() {
        let refusal = Refusal(.notPermitted, what: "Not resolved.", why: "No lead is assigned.", instead: "Assign a lead first.",
                              remedy: .assignRole(.lead))
        #expect(refusal.description == "Not resolved. No lead is assigned. Assign a lead first (incident assign lead NAME).")
        #expect(refusal.text { _ in "r" } == "Not resolved. No lead is assigned. Assign a lead first (r).")
        #expect(refusal.text { _ in nil } == "Not resolved. No lead is assigned. Assign a lead first.")
    }

    @Test func aRefusalForWantOfALeadNamesTheRoleToAssign() {
        var s = Scenario.declared()
        let refusal = s.refused(.log(.productionChange, text: "Failed over", at: nil), as: "cam")
        #expect(refusal?.remedy == .assignRole(.lead))
    }
}
