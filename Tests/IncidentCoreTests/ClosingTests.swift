/// Rules after resolution: the one-week review, the report, publication and closing.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct ClosingTests {
    static func resolved(security: Bool = false) -> Scenario {
        var s = Scenario.declared(lead: "alex", comms: "cam", security: security)
        s.must(s.statuspage(), as: "cam")
        s.advance(minutes: 45)
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        return s
    }

    static func closedIncident() -> Scenario {
        var s = resolved()
        s.must(s.statuspage("Resolved", status: .resolved), as: "cam")
        s.must(.completeStep(StepID.statusPageOperational, note: nil), as: "cam")
        s.must(.recordReportWritten(location: nil), as: "alex")
        s.must(.recordReviewHeld(attendees: ["alex", "cam", "pat", "dee"]), as: "alex")
        s.must(.publishReport(overrideReason: nil), as: "cam")
        s.finishSetUpSteps()
        s.must(.close, as: "alex")
        return s
    }

    @Test func postIncidentStepsWaitForResolution() {
        var s = Scenario.declared(lead: "alex")
        #expect(s.checklist.stage(.afterResolution).allSatisfy { $0.status == .later })
        #expect(s.refused(.recordReportWritten(location: nil), as: "alex")?.reason == .wrongPhase)
        #expect(s.refused(.completeStep(StepID.statusPageOperational, note: nil), as: "alex")?.reason == .wrongPhase)
    }

    @Test func theReviewIsDueWithinOneWeekOfResolution() {
        var s = Self.resolved()
        let resolvedAt = s.now
        let review = s.checklist.items.first { $0.id == StepID.holdReview }
        #expect(review?.dueAt == resolvedAt.addingTimeInterval(7 * 86_400))
        #expect(review?.status == .open)
        s.advance(minutes: 7 * 24 * 60 + 1)
        #expect(s.checklist.items.first { $0.id == StepID.holdReview }?.status == .overdue)
        #expect(Durations(state: s.state, playbook: s.playbook, now: s.now).untilReviewDeadline == -60)
    }

    @Test func schedulingTheReviewLaterThanAWeekNeedsAReason() {
        var s = Self.resolved()
        let late = s.now.addingTimeInterval(8 * 86_400)
        let refusal = s.refused(.scheduleReview(at: late, overrideReason: nil), as: "alex")
        #expect(refusal?.reason == .notPermitted)
        #expect(refusal?.why.contains("within 7 days") == true)
        s.must(.scheduleReview(at: late, overrideReason: "team offsite"), as: "alex")
        #expect(s.state.post.reviewOverrideReason == "team offsite")
        s.must(.scheduleReview(at: s.now.addingTimeInterval(86_400), overrideReason: nil), as: "alex")
    }

    @Test func theReviewCannotBeScheduledBeforeTheResolution() {
        var s = Self.resolved()
        let refusal = s.refused(.scheduleReview(at: s.now.addingTimeInterval(-3600), overrideReason: nil), as: "alex")
        #expect(refusal?.reason == .invalidInput)
        #expect(refusal?.why.contains("before the incident was resolved") == true)
        #expect(s.refused(.scheduleReview(at: Date(timeIntervalSince1970: 1e12), overrideReason: "far off"), as: "alex")?.why
            .contains("not a date the record can hold") == true)
    }

    @Test func reportsArePublishedByDefault() {
        var s = Self.resolved()
        #expect(s.refused(.publishReport(overrideReason: nil), as: "cam")?.why.contains("not written") == true)
        s.must(.recordReportWritten(location: nil), as: "alex")
        s.must(.publishReport(overrideReason: nil), as: "cam")
        #expect(s.state.post.publishedAt != nil)
    }

    @Test func securityIncidentsAreNotPublishedWithoutAReason() {
        var s = Self.resolved(security: true)
        s.must(.recordReportWritten(location: nil), as: "alex")
        let refusal = s.refused(.publishReport(overrideReason: nil), as: "cam")
        #expect(refusal?.reason == .notPermitted)
        #expect(refusal?.why.contains("security incident") == true)
        s.must(.publishReport(overrideReason: "IA reviewed the text"), as: "cam")
        #expect(s.state.post.publishOverrideReason == "IA reviewed the text")
    }

    @Test func closingIsRefusedWhileStepsAreOpen() {
        var s = Self.resolved()
        let refusal = s.refused(.close, as: "alex")
        #expect(refusal?.why.contains("Send the final \"resolved\" tenant update") == true)
        #expect(refusal?.why.contains("Hold the no-blame incident review") == true)
        let closed = Self.closedIncident()
        #expect(closed.state.phase == .closed)
        #expect(CommsClock(state: closed.state, playbook: closed.playbook, now: closed.now).phase == .stopped)
    }

    @Test func withholdingPublicationCountsAsThePublicationDecision() {
        var s = Self.resolved(security: true)
        s.must(.withholdPublication(reason: "security-sensitive"), as: "cam")
        #expect(s.checklist.items.first { $0.id == StepID.publishReport }?.status == .done)
    }
}
