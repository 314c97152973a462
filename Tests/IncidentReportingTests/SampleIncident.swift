/// The sample incident of the golden files and of docs/reports.md: a P1 run through the whole process.
import Foundation
import IncidentCore
import Testing

enum SampleIncident {
    static let id = IncidentID("INC-20261103-R7K")

    /// Declared after impact began; team set up; Statuspage incident created; hourly updates with one missed and
    /// recovered; escalation to level 2; the lead handed over; a struck and a corrected entry; resolution; review
    /// with follow-up actions; the report written and published.
    static func run() throws -> IncidentRun {
        var run = IncidentRun()
        let ana: Person = "Ana", ben: Person = "Ben", chloe: Person = "Chloe", eve: Person = "Eve"
        let at = IncidentRun.time
        try run.run(ana, at: "2026-11-03 09:58", .declare(id: id, title: "Apps return errors on Platform HTTPS", priority: .p1, securitySensitive: false))
        try run.run(ana, at: "2026-11-03 09:59", .assignRole(.lead, ana, productionAccessConfirmed: true))
        try run.run(ana, at: "2026-11-03 09:59", .assignRole(.comms, ben, productionAccessConfirmed: false))
        try run.run(ben, at: "2026-11-03 10:01", .sendComms(CommsRequest(
            channel: .team, text: "P1 declared: apps return 502 errors. We work in #paas-incident.")))
        try run.run(ben, at: "2026-11-03 10:04", .sendComms(CommsRequest(
            channel: .statuspage, text: "We are investigating errors when reaching apps on the platform.",
            status: .investigating, components: ["Platform HTTPS", "apps"])))
        let finding = try run.run(ana, at: "2026-11-03 10:10", .log(.finding, text: "Router logs show 502s from one availability zone (eu-west-1a)", at: nil))
        try run.run(ana, at: "2026-11-03 10:15", .log(.productionChange, text: "Drained the router instances in eu-west-1a", at: nil))
        try run.run(chloe, at: "2026-11-03 10:20", .log(.note, text: "AWS support case 4711 opened; no reply yet", at: nil))
        let wrong = try run.run(chloe, at: "2026-11-03 10:22", .log(.action, text: "Restarted the database", at: nil))
        try run.run(ana, at: "2026-11-03 10:25", .backdated(.markKeyTime(.impactStarted, note: "First 502s in the router logs"), at: at("2026-11-03 09:40")))
        try run.run(ana, at: "2026-11-03 10:26", .backdated(.markKeyTime(.detected, note: "Pingdom alert for apps"), at: at("2026-11-03 09:52")))
        try run.run(ana, at: "2026-11-03 10:30", .log(.action, text: "Paged the database team to rule out the database", at: at("2026-11-03 10:12")))
        try run.run(chloe, at: "2026-11-03 10:35", .strike(entry: IncidentRun.entryID(wrong), reason: "Logged in the wrong incident: the database was not restarted"))
        try run.run(ana, at: "2026-11-03 10:36", .correct(entry: IncidentRun.entryID(finding),
                                                          text: "Router logs show 502s from two availability zones (eu-west-1a and eu-west-1b)"))
        try run.run(ana, at: "2026-11-03 10:40", .escalate(level: "techops-programme-director", step: .contacting, note: "Phoned through PagerDuty"))
        try run.run(ana, at: "2026-11-03 10:55", .escalate(level: "techops-programme-director", step: .unavailable, note: "No answer after 15 minutes"))
        try run.run(ana, at: "2026-11-03 10:56", .escalate(level: "head-of-reliability-engineering", step: .contacting, note: nil))
        try run.run(ben, at: "2026-11-03 11:00", .sendComms(CommsRequest(
            channel: .statuspage, text: "We have found the cause and are replacing the affected routers. Next update by 12:00 UTC.",
            status: .identified, components: ["Platform HTTPS", "apps"])))
        try run.run(ana, at: "2026-11-03 11:02", .escalate(level: "head-of-reliability-engineering", step: .reached, note: "Dana answered"))
        try run.run(ana, at: "2026-11-03 11:05", .decideExecutiveAlert(alert: false, decidedBy: "Dana", note: nil))
        try run.run(ana, at: "2026-11-03 11:30", .handOverRole(.lead, to: eve, productionAccessConfirmed: true))
        try run.run(eve, at: "2026-11-03 11:40", .log(.productionChange, text: "Replaced the router instances in eu-west-1a and eu-west-1b", at: nil))
        try run.run(eve, at: "2026-11-03 11:50", .markKeyTime(.mitigated, note: "Error rate back under 0.1%"))
        try run.run(ben, at: "2026-11-03 12:25", .sendComms(CommsRequest(
            channel: .statuspage, text: "A fix is in place and apps are working again. We are monitoring. Next update in 30 minutes.",
            status: .monitoring, components: ["Platform HTTPS", "apps"], nextUpdateInMinutes: 30)))
        try run.run(eve, at: "2026-11-03 12:40", .downgrade(to: .p2, with: ["Priya", "Dev"], note: "No errors since 11:50; monitoring"))
        try run.run(ben, at: "2026-11-03 12:50", .sendComms(CommsRequest(
            channel: .statuspage, text: "Apps have worked normally for an hour. We continue to monitor.",
            status: .monitoring, components: ["Platform HTTPS", "apps"])))
        try run.run(eve, at: "2026-11-03 13:05", .markKeyTime(.recovered, note: "Last queued requests served"))
        try run.run(eve, at: "2026-11-03 13:10", .resolve(with: ["Priya", "Dev"], note: nil))
        try run.run(ben, at: "2026-11-03 13:15", .sendComms(CommsRequest(
            channel: .statuspage, text: "This incident has been resolved. Apps on the platform are working normally.",
            status: .resolved, components: ["Platform HTTPS", "apps"])))
        try run.run(ben, at: "2026-11-03 13:16", .completeStep(StepID.statusPageOperational, note: nil))
        try run.run(eve, at: "2026-11-03 13:30", .scheduleReview(at: at("2026-11-05 14:00"), overrideReason: nil))
        try run.run(eve, at: "2026-11-04 10:00", .writeReportText(.summary, text: """
            Apps on the platform returned errors (HTTP 502) for about three and a half hours. Routers in two \
            availability zones had run out of file descriptors after a configuration change lowered their limit.
            """))
        try run.run(eve, at: "2026-11-04 10:05", .writeReportText(.impact, text: """
            About 30% of requests to apps failed between 09:40 and 11:50 UTC; a few slow requests failed until 13:05.
            All tenants were affected. No data was lost.
            """))
        try run.run(eve, at: "2026-11-04 10:10", .writeRootCause(.configuration, text: """
            A change to the router configuration on 2 November set the open-file limit to 1024 instead of 65536. \
            Under Tuesday morning's load the routers in two zones ran out of file descriptors.
            """))
        try run.run(ben, at: "2026-11-04 10:20", .writeReportText(.wentWell, text: """
            - The lead was handed over cleanly at 11:30.
            - Tenants were told within minutes of the declaration.
            """))
        try run.run(ben, at: "2026-11-04 10:25", .writeReportText(.wentBadly, text: """
            - The 12:00 tenant update was missed while the routers were replaced.
            - The first escalation level did not answer for 15 minutes.
            """))
        try run.run(eve, at: "2026-11-05 15:10", .recordReviewHeld(attendees: [eve, ana, ben, chloe, "Priya", "Dev", "Tom"]))
        try run.run(eve, at: "2026-11-05 15:15", .writeReportText(.reviewOutcome, text: """
            The team agreed the timeline as recorded. The configuration change was reviewed but the limit was not \
            tested under load; two actions were agreed.
            """))
        try run.run(eve, at: "2026-11-05 15:20", .agreeFollowUp(action: "Alert on the 502 rate of each availability zone", owner: eve, tracker: "PAAS-1423"))
        try run.run(eve, at: "2026-11-05 15:21", .agreeFollowUp(action: "Test router configuration changes under production load", owner: ana, tracker: nil))
        try run.run(eve, at: "2026-11-06 09:00", .recordReportWritten(location: "Team drive, Incident reports 2026"))
        try run.run(ben, at: "2026-11-06 09:30", .publishReport(overrideReason: nil))
        return run
    }
}
