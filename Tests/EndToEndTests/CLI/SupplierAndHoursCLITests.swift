/// Suppliers, working hours, the start-work clock, skipped steps and contacts through the real binary, at 16:00 and 02:00 UTC.
import Foundation
import Testing

@Suite struct SupplierAndHoursCLITests {
    static let afternoon = "2026-11-18T16:00:00Z"  // a Wednesday, in hours (London is on UTC in November)
    static let night = "2026-11-19T02:00:00Z"

    @Test func dataDogsChatIsOpenAtFourAndClosedAtTwo() throws {
        let sandbox = try CLISandbox()
        let day = try sandbox.run(["suppliers"], now: Self.afternoon)
        #expect(day.status == 0, "\(day)")
        #expect(day.stdout.contains("Suppliers at 2026-11-18 16:00 UTC"), "\(day.stdout)")
        #expect(day.stdout.contains("DataDog (no dedicated support): reachable now"), "\(day.stdout)")
        #expect(day.stdout.contains("open   chat: https://www.datadoghq.com/support/; every day 15:00-00:00 UTC; closes 2026-11-19 00:00 UTC"), "\(day.stdout)")

        let night = try sandbox.run(["suppliers"], now: Self.night)
        #expect(night.status == 0, "\(night)")
        #expect(night.stdout.contains("closed chat: https://www.datadoghq.com/support/; every day 15:00-00:00 UTC; opens 15:00 UTC"), "\(night.stdout)")
        #expect(night.stdout.contains("AWS (full support): reachable now"), "\(night.stdout)")
        #expect(night.stdout.contains("closed email: support@aiven.io"), "\(night.stdout)")
    }

    @Test func showSaysInHoursAndTheStartWorkClockAtFour() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps slow"], now: Self.afternoon).status == 0)
        let shown = try sandbox.run(["show"], now: "2026-11-18T16:05:00Z")
        #expect(shown.stdout.contains("Hours: in hours until 2026-11-18 17:00 UTC"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Start work: within 20 min of declaration (in hours), by 2026-11-18 16:20 UTC, waiting"), "\(shown.stdout)")
        #expect(!shown.stdout.contains("Comms out of hours"), "\(shown.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: sandbox.run(["show", "--json"], now: "2026-11-18T16:05:00Z").stdoutData) as? [String: Any])
        #expect(json["hours"] as? String == "in hours")
        #expect((json["startWork"] as? [String: Any])?["limitMinutes"] as? Int == 20)
        try #require(sandbox.run(["log", "--kind", "finding", "Router 2 drops packets"], now: "2026-11-18T16:25:00Z").status == 0)
        let late = try sandbox.run(["show"], now: "2026-11-18T16:30:00Z")
        #expect(late.stdout.contains("started late, 2026-11-18 16:25 UTC"), "\(late.stdout)")
    }

    @Test func showSaysOutOfHoursFortyMinutesAndOffersTheRotaPersonAtTwo() throws {
        let sandbox = try CLISandbox()
        let playbook = sandbox.path("team.toml")
        try Data("""
            [[roster]]
            name = "ravi"
            production_access = true
            phone = "+44 7700 900123"
            escalation_rota = true
            """.utf8).write(to: URL(fileURLWithPath: playbook))
        try #require(sandbox.run(["new", "Apps down", "--playbook", playbook], now: Self.night).status == 0)
        let shown = try sandbox.run(["show", "--playbook", playbook], now: "2026-11-19T02:50:00Z")
        #expect(shown.stdout.contains("Hours: out of hours, in hours from 2026-11-19 09:00 UTC"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Start work: within 40 min of declaration (out of hours), by 2026-11-19 02:40 UTC (OVERDUE"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Comms out of hours: the person on the escalation rota may do it: ravi"), "\(shown.stdout)")
        #expect(shown.stdout.contains("No phone or chat in the playbook: see PaaS Emergency contacts"), "\(shown.stdout)")
    }

    @Test func aSupplierCaseIsInTheReportsTimelineButContactsAreInNoExportOrReport() throws {
        let sandbox = try CLISandbox()
        let playbook = sandbox.path("team.toml")
        try Data("""
            [[roster]]
            name = "sam"
            production_access = true
            phone = "+44 7700 900999"
            chat = "@sam-secret-handle"
            [escalation]
            levels = [{ id = "duty", title = "Duty manager", contacts = [{ name = "Jo", phone = "+44 20 7946 0777" }] }]
            """.utf8).write(to: URL(fileURLWithPath: playbook))
        let with = ["--playbook", playbook]
        try #require(sandbox.run(["new", "Metrics gone"] + with, now: Self.afternoon).status == 0)
        let unknown = try sandbox.run(["supplier", "Acme", "contacted"] + with, now: Self.afternoon)
        #expect(unknown.status == 2 && unknown.stderr.contains("Suppliers: AWS, Aiven, DataDog"), "\(unknown)")
        let noReference = try sandbox.run(["supplier", "datadog", "case"] + with, now: Self.afternoon)
        #expect(noReference.status == 1 && noReference.stderr.contains("--reference"), "\(noReference)")
        let recorded = try sandbox.run(["supplier", "datadog", "case", "--reference", "DD-4242"] + with, now: Self.afternoon)
        #expect(recorded.status == 0 && recorded.stdout.contains("Supplier DataDog: support case opened, case DD-4242"), "\(recorded)")
        let shown = try sandbox.run(["show"] + with, now: Self.afternoon)
        #expect(shown.stdout.contains("Call now: Duty manager: Jo, +44 20 7946 0777"), "\(shown.stdout)")
        let suppliers = try sandbox.run(["suppliers"] + with, now: Self.afternoon)
        #expect(suppliers.stdout.contains("Recorded: support case opened at 2026-11-18T16:00"), "\(suppliers.stdout)")

        let report = try sandbox.run(["report", "show"] + with, now: Self.afternoon)
        #expect(report.stdout.contains("Supplier DataDog: support case opened, case DD-4242"), "\(report.stdout)")
        let publicReport = try sandbox.run(["report", "show", "--public"] + with, now: Self.afternoon)
        #expect(publicReport.stdout.contains("Supplier DataDog: support case opened") && !publicReport.stdout.contains("DD-4242"), "\(publicReport.stdout)")
        for arguments in [["export"], ["export", "--format", "csv"], ["report", "show"], ["report", "show", "--format", "json"], ["report", "show", "--public"]] {
            let output = try sandbox.run(arguments + with, now: Self.afternoon).stdout
            for secret in ["7700 900999", "sam-secret-handle", "7946 0777"] {
                #expect(!output.contains(secret), "\(arguments) shows \(secret)")
            }
        }
    }

    @Test func closingListsTheOpenStepsUntilEachIsDoneOrSkipped() throws {
        let sandbox = try CLISandbox()
        let now = Self.afternoon
        for arguments in [["new", "Short"], ["assign", "lead", "sam", "--production-access"], ["assign", "comms", "cam"],
                          ["resolve", "--with", "pat", "--with", "dee"], ["step", "status-page-operational"],
                          ["report", "written"], ["review", "held", "--attendee", "sam"], ["report", "withhold", "--reason", "Internal only"]] {
            let result = try sandbox.run(arguments, now: now)
            try #require(result.status == 0, "\(arguments): \(result)")
        }
        let refused = try sandbox.run(["close"], now: now)
        #expect(refused.status == 1, "\(refused)")
        for step in ["(join-incident-channel)", "(tell-team-channel)", "(create-statuspage-incident)", "(tracker-story)", "(final-tenant-update)"] {
            #expect(refused.stderr.contains(step), "\(refused.stderr)")
        }
        #expect(refused.stderr.contains("skip it with a reason (incident step ID --skip REASON)"), "\(refused.stderr)")
        let noReason = try sandbox.run(["step", "tracker-story", "--skip", " "], now: now)
        #expect(noReason.status == 1, "\(noReason)")
        for step in ["join-incident-channel", "tell-team-channel", "create-statuspage-incident", "tracker-story", "final-tenant-update"] {
            let skipped = try sandbox.run(["step", step, "--skip", "Not used by this team"], now: now)
            #expect(skipped.status == 0 && skipped.stdout.contains("Skipped: \(step) (Not used by this team)"), "\(skipped)")
        }
        let closed = try sandbox.run(["close"], now: now)
        #expect(closed.status == 0, "\(closed)")
    }
}
