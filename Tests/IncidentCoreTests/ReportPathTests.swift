/// The report's path: written, published or withheld, by the lead or comms; the review held no earlier than
/// scheduled; one executive-group decision per person reached; what was done after a resolution is due again after a reopen.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct ReportPathTests {
    static func written() -> Scenario {
        var s = ClosingTests.resolved()
        s.must(.recordReportWritten(location: nil), as: "alex")
        return s
    }

    @Test func onlyTheLeadOrCommsRecordTheReportWrittenOrPublished() {
        var s = ClosingTests.resolved()
        let refusal = s.refused(.recordReportWritten(location: nil), as: "kim")
        #expect(refusal?.reason == .notPermitted)
        #expect(refusal?.why.contains("alex or cam") == true && refusal?.instead.contains("Ask alex or cam") == true)
        s.must(.recordReportWritten(location: nil), as: "cam")
        #expect(s.refused(.publishReport(overrideReason: nil), as: "pat")?.reason == .notPermitted)
        #expect(s.refused(.withholdPublication(reason: "no"), as: "pat")?.reason == .notPermitted)
        s.must(.publishReport(overrideReason: nil), as: "alex")
    }

    @Test func aPublishedReportIsNeitherPublishedAgainNorWithheld() {
        var s = Self.written()
        s.must(.publishReport(overrideReason: nil), as: "cam")
        let twice = s.refused(.publishReport(overrideReason: nil), as: "cam")
        #expect(twice?.reason == .alreadyDone && twice?.instead.isEmpty == false)
        let withheld = s.refused(.withholdPublication(reason: "changed our minds"), as: "cam")
        #expect(withheld?.reason == .alreadyDone && withheld?.instead.contains("log") == true)
        #expect(s.refused(.recordReportWritten(location: "v2"), as: "alex")?.reason == .alreadyDone)
    }

    @Test func aWithheldReportIsPublishedOnlyWithAReasonAndNeverWithheldTwice() {
        var s = Self.written()
        s.must(.withholdPublication(reason: "names a supplier"), as: "cam")
        #expect(s.refused(.withholdPublication(reason: "again"), as: "cam")?.reason == .alreadyDone)
        let plain = s.refused(.publishReport(overrideReason: nil), as: "cam")
        #expect(plain?.reason == .notPermitted && plain?.why.contains("names a supplier") == true)
        s.must(.publishReport(overrideReason: "supplier agreed"), as: "cam")
        #expect(s.state.post.publishOverrideReason == "supplier agreed")
    }

    @Test func theReviewIsNotRecordedHeldBeforeItsScheduledStart() {
        var s = ClosingTests.resolved()
        s.must(.scheduleReview(at: s.now.addingTimeInterval(2 * 86_400), overrideReason: nil), as: "alex")
        let early = s.refused(.recordReviewHeld(attendees: ["alex", "cam"]), as: "alex")
        #expect(early?.reason == .wrongPhase && early?.instead.contains("reschedule") == true)
        // Rescheduled to when it really started, it can be recorded.
        s.advance(minutes: 60)
        s.must(.scheduleReview(at: s.now.addingTimeInterval(-30 * 60), overrideReason: nil), as: "alex")
        s.must(.recordReviewHeld(attendees: ["alex", "cam"]), as: "alex")
    }

    @Test func aBackdatedReviewIsJudgedAtItsTime() {
        var s = ClosingTests.resolved()
        let scheduled = s.now.addingTimeInterval(3600)
        s.must(.scheduleReview(at: scheduled, overrideReason: nil), as: "alex")
        s.advance(minutes: 180)
        #expect(s.refused(.backdated(.recordReviewHeld(attendees: ["alex"]), at: scheduled.addingTimeInterval(-60)), as: "alex") != nil)
        s.must(.backdated(.recordReviewHeld(attendees: ["alex"]), at: scheduled), as: "alex")
        #expect(s.state.post.reviewHeldAt == scheduled)
    }

    @Test func oneExecutiveDecisionPerPersonReachedALaterOneIsAChangeWithAReason() {
        var s = Scenario.declared(lead: "alex", comms: "cam")
        s.must(.escalate(level: "techops-programme-director", step: .reached, note: nil), as: "alex")
        s.must(.decideExecutiveAlert(alert: false, decidedBy: "Dana", note: nil), as: "alex")
        let again = s.refused(.decideExecutiveAlert(alert: true, decidedBy: "Dana", note: nil), as: "alex")
        #expect(again?.reason == .alreadyDone && again?.instead.contains("reason") == true)
        s.must(.decideExecutiveAlert(alert: true, decidedBy: "Dana", note: "the outage spread to a second region"), as: "alex")
        #expect(s.state.executiveDecisions.map(\.alert) == [false, true])
        // Someone else reached later decides afresh.
        s.advance(minutes: 20)
        s.must(.escalate(level: "head-of-reliability-engineering", step: .reached, note: nil), as: "alex")
        s.must(.decideExecutiveAlert(alert: true, decidedBy: "Lee", note: nil), as: "alex")
        #expect(s.state.executiveDecisions.count == 3)
    }

    @Test func whatWasDoneAfterAResolutionIsDueAgainAfterAReopen() {
        var s = Self.written()
        s.must(s.statuspage("Resolved", status: .resolved), as: "cam")
        s.must(.completeStep(StepID.statusPageOperational, note: nil), as: "cam")
        s.must(.completeStep(StepID.joinIncidentChannel, note: nil), as: "cam")
        s.must(.recordReviewHeld(attendees: ["alex", "cam"]), as: "alex")
        s.must(.publishReport(overrideReason: nil), as: "cam")
        s.must(.reopen(reason: "errors again"), as: "alex")
        for step in [StepID.writeReport, StepID.holdReview, StepID.publishReport, StepID.finalTenantUpdate, StepID.statusPageOperational] {
            #expect(s.state.completedSteps[step] == nil, "\(step) still done after the reopen")
        }
        #expect(s.state.completedSteps[StepID.joinIncidentChannel] != nil)
        #expect(s.state.post.publishedAt == nil && s.state.post.reportWrittenAt == nil && s.state.post.reviewHeldAt == nil)
        s.advance(minutes: 30)
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        s.must(.recordReportWritten(location: nil), as: "alex")
        s.must(.publishReport(overrideReason: nil), as: "cam")
    }

    @Test func reportTextIsKeptAsEventsAndALaterVersionReplacesTheEarlier() {
        var s = Scenario.declared(lead: "alex", comms: "cam")
        s.must(.writeReportText(.summary, text: "First draft"), as: "cam")
        s.must(.writeReportText(.summary, text: "Router 2 dropped packets for 40 minutes."), as: "alex")
        #expect(s.refused(.writeReportText(.summary, text: "Router 2 dropped packets for 40 minutes."), as: "alex")?.reason == .alreadyDone)
        #expect(s.refused(.writeReportText(.impact, text: "  "), as: "alex")?.reason == .invalidInput)
        s.must(.writeRootCause(.configuration, text: "A route map was wrong"), as: "alex")
        s.must(.agreeFollowUp(action: "Lint route maps", owner: "kim", tracker: "PAAS-42"), as: "alex")
        #expect(s.refused(.agreeFollowUp(action: "Lint route maps", owner: "kim", tracker: nil), as: "alex")?.reason == .alreadyDone)
        #expect(s.refused(.agreeFollowUp(action: "Something", owner: "", tracker: nil), as: "alex")?.reason == .invalidInput)
        #expect(s.state.report.sections[.summary]?.text == "Router 2 dropped packets for 40 minutes.")
        #expect(s.state.report.rootCause?.category == .configuration)
        #expect(s.state.report.followUps.map(\.owner) == ["kim"])
        #expect(s.log.filter { if case .reportTextWritten = $0.payload { true } else { false } }.count == 2)
        // Writing is now: it cannot be back-dated.
        let backdated = s.refused(.backdated(.writeReportText(.impact, text: "x"), at: s.now.addingTimeInterval(-60)), as: "alex")
        #expect(backdated?.reason == .invalidInput && backdated?.instead.contains("Leave out the time") == true)
    }
}
