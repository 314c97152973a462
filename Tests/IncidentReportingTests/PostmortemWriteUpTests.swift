/// An incident written up after the fact from a published postmortem: GitHub's of 21 October 2018.
import Foundation
import IncidentCore
import IncidentReporting
import Testing

/// Times and events from GitHub's "October 21 post-incident analysis" (published 2018-10-30):
/// https://github.blog/2018-10-30-oct21-post-incident-analysis/
/// "24 hours and 11 minutes of service degradation", from 22:52 UTC on 21 October to 23:03 UTC on 22 October.
struct PostmortemWriteUpTests {
    static let id = IncidentID("INC-20181021-GH")

    /// The playbook with GitHub's status page components.
    static var playbook: Playbook {
        var playbook = Playbook.standard
        playbook.statuspage.components = ["GitHub.com", "Webhooks", "GitHub Pages"]
        return playbook
    }

    /// Every command back-dated, written up on 30 October 2018 at 12:00 UTC, the incident coordinator as lead.
    static func writeUp() throws -> IncidentRun {
        var run = IncidentRun(playbook: playbook)
        let coordinator: Person = "Coordinator", engineer: Person = "Database engineer"
        let now = "2018-10-30 12:00"
        let at = IncidentRun.time
        func back(_ person: Person, _ time: String, _ command: Command) throws {
            try run.run(person, at: now, .backdated(command, at: at(time)))
        }
        func statuspage(_ text: String, _ status: StatuspageStatus) -> Command {
            .sendComms(CommsRequest(channel: .statuspage, text: text, status: status, components: ["GitHub.com", "Webhooks", "GitHub Pages"]))
        }
        try back(coordinator, "2018-10-21 23:07", .declare(id: id, title: "Degraded service after a network partition", priority: .p1, securitySensitive: false))
        try back(coordinator, "2018-10-21 22:52", .markKeyTime(.impactStarted,
            note: "Maintenance on failing 100G optical equipment cut the US East Coast hub from the primary US East Coast data center for 43 seconds; Orchestrator moved database primaries to US West"))
        try back(coordinator, "2018-10-21 22:54", .markKeyTime(.detected, note: "Monitoring alerts on many systems"))
        try back(coordinator, "2018-10-21 23:07", .assignRole(.lead, coordinator, productionAccessConfirmed: true))
        try back(coordinator, "2018-10-21 23:02", .log(.finding, text: "Many database clusters in an unexpected topology: only US West servers", at: nil))
        try back(coordinator, "2018-10-21 23:07", .log(.productionChange, text: "Locked the deployment tooling", at: nil))
        try back(coordinator, "2018-10-21 23:09", statuspage("GitHub.com is degraded (yellow).", .investigating))
        try back(coordinator, "2018-10-21 23:11", .log(.decision, text: "Site status changed to red", at: nil))
        try back(coordinator, "2018-10-21 23:11", statuspage("GitHub.com is unavailable (red).", .investigating))
        try back(engineer, "2018-10-21 23:13", .log(.action, text: "Database engineering team paged to rebuild the replication topology", at: nil))
        try back(coordinator, "2018-10-21 23:19", .log(.decision, text: "Pause webhook delivery and GitHub Pages builds to keep data intact", at: nil))
        try back(coordinator, "2018-10-22 00:05", .log(.decision, text: "Restore from backups, then synchronise replicas at both sites", at: nil))
        try back(coordinator, "2018-10-22 00:41", .log(.productionChange, text: "Started restoring all affected MySQL clusters from backups", at: nil))
        try back(coordinator, "2018-10-22 00:45", statuspage("We are restoring data; some information may be out of date.", .identified))
        try back(engineer, "2018-10-22 06:51", .log(.finding, text: "Several clusters restored in US East and replicating from US West", at: nil))
        try back(coordinator, "2018-10-22 07:46", statuspage("A blog post explains the incident; updates will follow here.", .identified))
        try back(coordinator, "2018-10-22 11:12", .log(.productionChange, text: "All database primaries back in US East", at: nil))
        try back(engineer, "2018-10-22 13:15", .log(.finding, text: "Peak traffic: replication lag growing; more read replicas being added", at: nil))
        try back(coordinator, "2018-10-22 16:24", .log(.productionChange, text: "Replicas in sync; failed back to the original topology", at: nil))
        try back(coordinator, "2018-10-22 16:24", .markKeyTime(.mitigated, note: "Original topology restored"))
        try back(coordinator, "2018-10-22 16:45", .log(.action, text: "Started working through the backlog of webhooks and Pages builds", at: nil))
        try back(coordinator, "2018-10-22 23:03", .markKeyTime(.recovered, note: "Backlog processed; site status green"))
        try back(coordinator, "2018-10-22 23:03", .resolve(with: ["Product manager", "Delivery manager"], note: nil))
        try back(coordinator, "2018-10-22 23:03", statuspage("All services are operating normally.", .resolved))
        return run
    }

    @Test func theDurationsEqualThePublishedOnes() throws {
        let run = try Self.writeUp()
        let keys = KeyTimes(state: run.state)
        #expect(keys.impactStarted == IncidentRun.time("2018-10-21 22:52"))
        #expect(keys.recovered == IncidentRun.time("2018-10-22 23:03"))
        // "24 hours and 11 minutes of service degradation".
        #expect(keys.totalImpact == TimeInterval((24 * 60 + 11) * 60))
        #expect(keys.timeToDetect == TimeInterval(2 * 60))
        let report = try run.report(.internal).render(.markdown)
        #expect(report.contains("| Total impact | 1d 0h 11m | impact started to fully recovered |"))
        #expect(report.contains("| Time to detect | 2m 00s |"))
        #expect(report.contains("| Time to declare | 15m 00s |"))
        #expect(report.contains("| Time to mitigate | 17h 32m |"))
        #expect(report.contains("| Time to resolve | 23h 56m |"))
        #expect(report.contains("- **Start:** 2018-10-21 22:52 UTC (impact started)"))
        #expect(report.contains("- **End:** 2018-10-22 23:03 UTC (fully recovered)"))
    }

    @Test func everyEntryIsMarkedWrittenAfterwards() throws {
        let run = try Self.writeUp()
        #expect(run.state.timeline.allSatisfy { $0.isBackdated })
        let timeline = try run.report(.internal).render(.markdown).components(separatedBy: "## Timeline")[1]
            .components(separatedBy: "\n## ")[0]
        let items = timeline.components(separatedBy: "\n").filter { $0.hasPrefix("- ") }
        let marks = timeline.components(separatedBy: "\n").filter { $0 == "  _Written afterwards, at 2018-10-30 12:00 UTC._" }
        #expect(items.count == run.state.timeline.count)
        #expect(marks.count == items.count)
        #expect(items.first?.hasPrefix("- **2018-10-21 22:52 UTC**") == true)
    }
}
