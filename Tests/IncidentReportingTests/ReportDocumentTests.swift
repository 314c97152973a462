/// The incident report: what it says of a recorded incident, internal and public, compared with golden files.
import Foundation
import IncidentCore
import IncidentReporting
import Testing

struct ReportDocumentTests {
    @Test func theReportNamesItsIncident() {
        var state = IncidentState()
        state.id = IncidentID("INC-1")
        #expect(ReportDocument(state: state, playbook: .standard, audience: .internal).markdown().contains("INC-1"))
    }

    @Test func theInternalReportMatchesItsGoldenFiles() throws {
        let run = try SampleIncident.run()
        try Golden.check(try run.report(.internal).render(.markdown), against: "sample-internal.md")
        try Golden.check(try run.report(.internal).render(.json), against: "sample-internal.json")
    }

    @Test func thePublicReportMatchesItsGoldenFiles() throws {
        let run = try SampleIncident.run()
        try Golden.check(try run.report(.public).render(.markdown), against: "sample-public.md")
        try Golden.check(try run.report(.public).render(.json), against: "sample-public.json")
    }

    @Test func theNonThrowingCallsGiveTheSameDocument() throws {
        let run = try SampleIncident.run()
        for audience in ReportAudience.allCases {
            #expect(run.report(audience).markdown() == (try run.report(audience).render(.markdown)))
            #expect(run.report(audience).json() == (try run.report(audience).render(.json)))
        }
    }

    @Test func theInternalReportShowsCorrectionsStrikesAndLateEntries() throws {
        let report = try SampleIncident.run().report(.internal).render(.markdown)
        #expect(report.contains("**Struck:** Action: Restarted the database"))
        #expect(report.contains("_Struck by Chloe at 2026-11-03 10:35 UTC: Logged in the wrong incident: the database was not restarted_"))
        #expect(report.contains("~~Finding: Router logs show 502s from one availability zone \\(eu-west-1a\\)~~"))
        #expect(report.contains("_Written afterwards, at 10:30._"))
        #expect(report.contains("Process warning: The process says the lead should be the person on support \\(Ana\\)."))
        #expect(report.contains("Ana (from 2026-11-03 09:59 UTC to 2026-11-03 11:30 UTC); Eve (from 2026-11-03 11:30 UTC)"))
        #expect(report.contains("- **Priority:** P1, downgraded to P2 at 2026-11-03 12:40 UTC"))
        #expect(report.contains("- **Services affected:** Platform HTTPS, apps"))
    }

    @Test func theKeyTimesAndDurationsAreExactToTheMinute() throws {
        let report = try SampleIncident.run().report(.internal).render(.markdown)
        #expect(report.contains("| Impact started | 2026-11-03 09:40 UTC | First 502s in the router logs |"))
        #expect(report.contains("| Time to detect | 12m 00s |"))
        #expect(report.contains("| Time to mitigate | 2h 10m |"))
        #expect(report.contains("| Time to resolve | 3h 12m |"))
        #expect(report.contains("| Total impact | 3h 25m |"))
    }

    @Test func theLapsesAreTheLateFirstUpdateAndTheMissedHourlyOne() throws {
        let run = try SampleIncident.run()
        let lapses = UpdateLapse.lapses(state: run.state, playbook: run.playbook)
        #expect(lapses.map(\.overdueBy) == [6 * 60, 25 * 60])
        #expect(lapses.map(\.dueAt) == [IncidentRun.time("2026-11-03 09:58"), IncidentRun.time("2026-11-03 12:00")])
        let report = try run.report(.internal).render(.markdown)
        #expect(report.contains("- Update due 2026-11-03 12:00 UTC, sent 2026-11-03 12:25 UTC: overdue by 25m 00s."))
    }

    @Test func anUpdateThatNeverCameIsALapseUntilResolution() throws {
        var run = IncidentRun()
        try run.run("Ana", at: "2026-11-03 09:00", .declare(id: SampleIncident.id, title: "Slow API", priority: .p1, securitySensitive: false))
        try run.run("Ana", at: "2026-11-03 09:01", .assignRole(.lead, "Ana", productionAccessConfirmed: true))
        try run.run("Ana", at: "2026-11-03 09:02", .sendComms(CommsRequest(channel: .statuspage, text: "Investigating", components: ["API"])))
        try run.run("Ana", at: "2026-11-03 11:32", .resolve(with: ["Priya", "Dev"], note: nil))
        let lapses = UpdateLapse.lapses(state: run.state, playbook: run.playbook)
        #expect(lapses.last == UpdateLapse(dueAt: IncidentRun.time("2026-11-03 10:02"), sentAt: nil, overdueBy: 90 * 60, promised: false, first: false))
        #expect(try run.report(.internal).render(.markdown).contains("none sent before resolution: overdue by 1h 30m."))
    }

    @Test func thePublicReportUsesRolesAndLeavesOutWhatIsInternal() throws {
        let report = try SampleIncident.run().report(.public).render(.markdown)
        for name in ["Ana", "Ben", "Chloe", "Eve", "Priya", "Dana", "Tom"] {
            #expect(!report.contains(name), "the public report names \(name)")
        }
        #expect(!report.contains("AWS support case"), "an internal note is in the public report")
        #expect(!report.contains("Drained the router"), "a production change's details are in the public report")
        #expect(report.contains("A production change was made"))
        #expect(!report.contains("Restarted the database"), "a struck entry is in the public report")
        #expect(!report.contains("Process warning"))
        #expect(!report.contains("#paas-incident"), "a team message is in the public report")
        #expect(!report.contains("PAAS-1423"), "a tracker reference is in the public report")
        #expect(report.contains("Router logs show 502s from two availability zones"))
        #expect(!report.contains("one availability zone"), "the public report shows a corrected entry's first text")
        #expect(report.contains("· Incident lead · Finding:"))
        #expect(report.contains("We are investigating errors when reaching apps on the platform."))
    }

    @Test func aSecurityIncidentsPublicReportIsRefusedUntilPublishedWithAReason() throws {
        var run = IncidentRun()
        try run.run("Ana", at: "2026-11-03 09:00", .declare(id: SampleIncident.id, title: "Leaked token", priority: .p1, securitySensitive: true))
        try run.run("Ana", at: "2026-11-03 09:01", .assignRole(.lead, "Ana", productionAccessConfirmed: true))
        try run.run("Ana", at: "2026-11-03 09:10", .log(.finding, text: "Token secret-123 used from an unknown address", at: nil))
        try run.run("Ana", at: "2026-11-03 10:00", .resolve(with: ["Priya", "Dev"], note: nil))
        try run.run("Ana", at: "2026-11-03 10:30", .recordReportWritten(location: nil))

        #expect(throws: ReportError.securityIncidentNotPublished(SampleIncident.id)) { try run.report(.public).render(.markdown) }
        #expect(throws: ReportError.securityIncidentNotPublished(SampleIncident.id)) { try run.report(.public).render(.json) }
        let refusal = try #require(run.report(.public).refusal)
        #expect(refusal.description.contains("incident report publish --reason"))
        #expect(!run.report(.public).markdown().contains("secret-123"), "a refused public report leaks its content")
        #expect(!run.report(.public).json().contains("secret-123"), "a refused public report leaks its content")
        #expect(run.report(.public).markdown().contains("Public report refused"))
        #expect(try run.report(.internal).render(.markdown).contains("secret-123"))

        try run.run("Ana", at: "2026-11-04 10:00", .publishReport(overrideReason: "Tenants must rotate their tokens"))
        #expect(run.report(.public).refusal == nil)
        #expect(try run.report(.public).render(.markdown).contains("- **Security-sensitive:** yes"))
    }

    @Test func missingPartsShowAsMarkedPlaceholders() throws {
        var run = IncidentRun()
        try run.run("Ana", at: "2026-11-03 09:00", .declare(id: SampleIncident.id, title: "Slow API", priority: .p2, securitySensitive: false))
        let report = try run.report(.internal).render(.markdown)
        #expect(report.contains("_Not written yet: incident report edit summary_"))
        #expect(report.contains("_Not written yet: incident report edit went-well_"))
        #expect(report.contains("_Not marked: incident mark detected --at TIME_"))
        #expect(report.contains("| Impact started | 2026-11-03 09:00 UTC (assumed: the declaration) |"))
        #expect(report.contains("| Time to resolve | _Unknown until resolved_ |"))
        #expect(report.contains("_Not written yet: incident report root-cause --category CATEGORY TEXT_"))
        let json = try run.report(.internal).render(.json)
        #expect(json.contains("\"missing\": \"Not written yet: incident report edit summary\""))
    }
}

struct ReopenedReportTests {
    /// Declared 09:00, resolved 10:00, reopened 12:00, resolved again 12:30.
    static func reopened() throws -> IncidentRun {
        var run = IncidentRun()
        try run.run("Ana", at: "2026-11-03 09:00", .declare(id: SampleIncident.id, title: "Slow API", priority: .p1, securitySensitive: false))
        try run.run("Ana", at: "2026-11-03 09:01", .assignRole(.lead, "Ana", productionAccessConfirmed: true))
        try run.run("Ana", at: "2026-11-03 09:02", .sendComms(CommsRequest(channel: .statuspage, text: "Investigating", components: ["API"])))
        try run.run("Ana", at: "2026-11-03 10:00", .resolve(with: ["Priya", "Dev"], note: nil))
        try run.run("Ana", at: "2026-11-03 12:00", .reopen(reason: "Errors again"))
        try run.run("Ana", at: "2026-11-03 12:10", .sendComms(CommsRequest(channel: .statuspage, text: "The errors are back", components: ["API"])))
        try run.run("Ana", at: "2026-11-03 12:30", .resolve(with: ["Priya", "Dev"], note: nil))
        return run
    }

    @Test func timeToResolveCountsActivePeriodsOnly() throws {
        let report = try Self.reopened().report(.internal).render(.markdown)
        #expect(report.contains("| Time to resolve | 1h 30m |"), "1 h before the reopen and 30 min after, not the 2 h gap")
        #expect(report.contains("| Resolved | 2026-11-03 12:30 UTC |"))
    }

    @Test func anUpdateIsDueAtOnceAfterAReopen() throws {
        let run = try Self.reopened()
        let lapses = UpdateLapse.lapses(state: run.state, playbook: run.playbook)
        #expect(lapses == [
            UpdateLapse(dueAt: IncidentRun.time("2026-11-03 09:00"), sentAt: IncidentRun.time("2026-11-03 09:02"), overdueBy: 120, promised: false, first: true),
            UpdateLapse(dueAt: IncidentRun.time("2026-11-03 12:00"), sentAt: IncidentRun.time("2026-11-03 12:10"), overdueBy: 600, promised: false, first: true),
        ])
    }
}
