/// Export to JSON Lines, import into an empty store: the same incident, and a second import adds nothing.
import Foundation
import Testing

@Suite struct ExportImportTests {
    @Test func importingAnExportIntoAnEmptyStoreReproducesTheIncident() throws {
        let sandbox = try CLISandbox()
        let id = try IncidentSession.run(in: sandbox)

        let exported = try sandbox.run(["export", "--incident", id, "--format", "jsonl"])
        try #require(exported.status == 0, "\(exported)")
        let file = sandbox.path("export.jsonl")
        try exported.stdoutData.write(to: URL(fileURLWithPath: file))
        let eventCount = try ExportedEvent.parseLines(exported.stdout).count
        try #require(eventCount >= 20, "the session should have produced a rich log, not \(eventCount) events")

        let copy = sandbox.path("copy.sqlite")
        let first = try sandbox.run(["import", file], store: copy)
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout == "Imported \(eventCount) of \(eventCount) events (0 already present).\n")
        let second = try sandbox.run(["import", file], store: copy)
        #expect(second.status == 0, "\(second)")
        #expect(second.stdout == "Imported 0 of \(eventCount) events (\(eventCount) already present).\n")

        // Same moment for both: half a second past a whole second, so rounding of remaining times cannot differ.
        let now = "2026-11-29T05:00:00.500Z"
        let original = try sandbox.run(["show", "--incident", id, "--json"], now: now)
        let imported = try sandbox.run(["show", "--incident", id, "--json"], now: now, store: copy)
        #expect(original.status == 0 && imported.status == 0, "\(original)\n\(imported)")
        #expect(imported.stdout == original.stdout)
        #expect(try ShownIncident.parse(imported.stdout).phase == "resolved")

        let reexported = try sandbox.run(["export", "--incident", id, "--format", "jsonl"], store: copy)
        #expect(reexported.stdout == exported.stdout, "the imported log differs from the exported one")
        let listed = try sandbox.run(["list", "--all", "--json"], now: now)
        let listedCopy = try sandbox.run(["list", "--all", "--json"], now: now, store: copy)
        #expect(listedCopy.stdout == listed.stdout)
    }

    @Test func anExportWithWindowsLineEndingsImports() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        try #require(sandbox.run(["log", "first"]).status == 0)
        try #require(sandbox.run(["log", "second"]).status == 0)
        let exported = try sandbox.run(["export", "--format", "jsonl"])
        let eventCount = try ExportedEvent.parseLines(exported.stdout).count
        let file = sandbox.path("crlf.jsonl")
        try Data(exported.stdout.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: URL(fileURLWithPath: file))

        let copy = sandbox.path("copy.sqlite")
        let imported = try sandbox.run(["import", file], store: copy)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout == "Imported \(eventCount) of \(eventCount) events (0 already present).\n")
        #expect(try sandbox.run(["export", "--format", "jsonl"], store: copy).stdout == exported.stdout)
    }
}

/// A realistic incident through the CLI, each step a minute after the last.
enum IncidentSession {
    /// Runs the session on the sandbox's store; returns the incident's id.
    static func run(in sandbox: CLISandbox) throws -> String {
        var minute = 0
        func step(_ arguments: [String], as user: String = "sam") throws -> CLIResult {
            minute += 1
            let result = try sandbox.run(arguments, user: user, now: String(format: "2026-11-29T03:%02d:00Z", minute))
            try #require(result.status == 0, "incident \(arguments.joined(separator: " ")): \(result)")
            return result
        }
        let id = try step(["new", "Apps unreachable", "--priority", "P1"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try step(["assign", "lead", "alex", "--production-access"])
        _ = try step(["assign", "comms", "casey"])
        _ = try step(["step", "join-incident-channel"])
        _ = try step(["log", "--kind", "finding", "router 2 drops packets"], as: "alex")
        _ = try step(["log", "--kind", "change", "restart router 2"], as: "alex")
        _ = try step(["log", "--at", "20m ago", "alerts fired for apps"])
        _ = try step(["comms", "--channel", "team", "Incident declared, see #paas-incident"], as: "casey")
        _ = try step(["comms", "--channel", "statuspage", "--component", "Platform HTTPS", "--next-update-in", "30",
                      "We are investigating"], as: "casey")
        _ = try step(["escalate", "1", "contacting", "--note", "phoned"])
        _ = try step(["escalate", "1", "reached"])
        _ = try step(["executive", "--no-alert", "--by", "Jo Director"])
        let shown = try ShownIncident.parse(try step(["show", "--json"]).stdout)
        let finding = try #require(shown.timeline.first { $0.text == "router 2 drops packets" })
        _ = try step(["correct", String(finding.id.prefix(8)), "router 2 drops 5% of packets"], as: "alex")
        _ = try step(["log", "--kind", "note", "wrong incident"], as: "alex")
        let noteID = try #require(ShownIncident.parse(try step(["show", "--json"]).stdout).timeline.first { $0.text == "wrong incident" }?.id)
        _ = try step(["strike", String(noteID.prefix(8)), "--reason", "logged in the wrong incident"], as: "alex")
        _ = try step(["resolve", "--with", "pat", "--with", "dana"], as: "alex")
        _ = try step(["comms", "--channel", "statuspage", "--status", "resolved", "--component", "Platform HTTPS",
                      "This incident is resolved"], as: "casey")
        _ = try step(["report", "written", "--location", "https://example.org/report"], as: "alex")
        return id
    }
}
