/// The post-incident half through the command line: an incident written up afterwards, its report parts, key times
/// and the report file; and the refusals that keep the record from contradicting itself.
import Foundation
import Testing

@Suite struct PostIncidentTests {
    /// Written up two days later: every step back-dated, the report's durations from the times given.
    @Test func anIncidentWrittenUpAfterwardsGivesAReportWithItsTrueTimes() throws {
        let sandbox = try CLISandbox()
        let now = "2026-11-29T12:00:00Z"
        func step(_ arguments: [String], as user: String = "alex", stdin: String? = nil) throws -> CLIResult {
            let result = try sandbox.run(arguments, user: user, now: now, stdin: stdin)
            #expect(result.status == 0, "\(arguments): \(result)")
            return result
        }
        let declared = try step(["new", "--at", "2026-11-27T09:14:00Z", "--priority", "P2", "Apps unreachable"])
        // The id is the first line; with --at the time recorded follows it.
        let id = String(declared.stdout.split(separator: "\n").first ?? "")
        #expect(declared.stdout.split(separator: "\n").last?.hasPrefix("Recorded as at 2026-11-27 ") == true, "\(declared)")
        #expect(id.hasPrefix("INC-20261127-"), "the id takes the declaration's date: \(id)")
        _ = try step(["mark", "impact-started", "--at", "2026-11-27T08:52:00Z", "--note", "first 502s"])
        _ = try step(["mark", "detected", "--at", "2026-11-27T09:05:00Z"])
        _ = try step(["assign", "lead", "alex", "--production-access", "--at", "2026-11-27T09:15:00Z"])
        _ = try step(["assign", "comms", "cam", "--at", "2026-11-27T09:16:00Z"])
        _ = try step(["comms", "--as", "cam", "--channel", "statuspage", "--component", "Platform HTTPS",
                      "--at", "2026-11-27T09:20:00Z", "We are investigating"], as: "cam")
        _ = try step(["log", "--kind", "change", "--at", "2026-11-27T09:40:00Z", "failed over to region B"])
        _ = try step(["mark", "mitigated", "--at", "2026-11-27T09:41:00Z"])
        _ = try step(["mark", "recovered", "--at", "2026-11-27T10:03:00Z"])
        _ = try step(["resolve", "--with", "pat", "--with", "dee", "--at", "2026-11-27T10:05:00Z"])
        _ = try step(["report", "edit", "summary", "-"], stdin: "Apps were unreachable for 71 minutes.\nRouter 2 failed.\n")
        _ = try step(["report", "root-cause", "--category", "configuration", "A route map was wrong"])
        _ = try step(["report", "follow-up", "--owner", "kim", "--tracker", "PAAS-42", "Lint route maps"])
        _ = try step(["report", "written"], as: "cam")

        let shown = try step(["show", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let keyTimes = try #require(json["keyTimes"] as? [String: String])
        #expect(keyTimes["impact-started"] == "2026-11-27T08:52:00.000Z" && keyTimes["recovered"] == "2026-11-27T10:03:00.000Z")
        #expect((json["durations"] as? [String: Any])?["toResolutionSeconds"] as? Int == 51 * 60)

        let file = sandbox.path("report.md")
        let written = try step(["report", "show", "--output", file])
        #expect(written.stdout.contains(file))
        let report = try String(contentsOfFile: file, encoding: .utf8)
        #expect(report.contains(id) && report.contains("Apps were unreachable for 71 minutes."))
        #expect(report.contains("A route map was wrong") && report.contains("PAAS-42"))
        // A second write keeps the first file unless told to replace it.
        let again = try sandbox.run(["report", "show", "--output", file], now: now)
        #expect(again.status == 2 && again.stderr.contains("--force"), "\(again)")
        #expect(try sandbox.run(["report", "show", "--output", file, "--force"], now: now).status == 0)
    }

    @Test func theRecordRefusesToContradictItself() throws {
        let sandbox = try CLISandbox()
        let now = "2026-11-29T12:00:00Z"
        try #require(sandbox.run(["new", "--at", "2026-11-29T10:00:00Z", "Apps down"], user: "alex", now: now).status == 0)
        try #require(sandbox.run(["assign", "lead", "alex", "--production-access", "--at", "10:05"], user: "alex", now: now).status == 0)
        try #require(sandbox.run(["resolve", "--with", "pat", "--with", "dee"], user: "alex", now: now).status == 0)
        // Someone who is neither lead nor comms: refused, naming who can.
        let other = try sandbox.run(["report", "written"], user: "kim", now: now)
        #expect(other.status == 1 && other.stderr.contains("alex"), "\(other)")
        try #require(sandbox.run(["report", "written"], user: "alex", now: now).status == 0)
        try #require(sandbox.run(["report", "publish"], user: "alex", now: now).status == 0)
        let withheld = try sandbox.run(["report", "withhold", "--reason", "second thoughts"], user: "alex", now: now)
        #expect(withheld.status == 1 && withheld.stderr.contains("already published"), "\(withheld)")
        // Key times out of order, and a time in the future.
        try #require(sandbox.run(["mark", "recovered", "--at", "11:00"], user: "alex", now: now).status == 0)
        let early = try sandbox.run(["mark", "mitigated", "--at", "11:30"], user: "alex", now: now)
        #expect(early.status == 1 && early.stderr.contains("fully recovered"), "\(early)")
        // Report text is written now: --at is not an option of edit.
        #expect(try sandbox.run(["report", "edit", "summary", "--at", "10:00", "text"], user: "alex", now: now).status == 2)
        // No text and no terminal: a clear usage error, nothing recorded.
        let noText = try sandbox.run(["report", "edit", "impact"], user: "alex", now: now)
        #expect(noText.status == 2 && noText.stderr.contains("$EDITOR"), "\(noText)")
    }
}
