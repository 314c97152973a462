/// Rules that keep the checklist honest: steps recorded by doing them, alarms that end, names that are names.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct ChecklistHonestyTests {
    @Test(arguments: Array(StepID.recordedByTheirOwnCommand.keys).sorted())
    func stepsThatHaveTheirOwnCommandCannotBeTicked(step: String) {
        var s = ClosingTests.resolved(security: true)
        let refusal = s.refused(.completeStep(step, note: nil), as: "alex")
        #expect(refusal?.reason == .notPermitted || refusal?.reason == .alreadyDone)
        if refusal?.reason == .notPermitted { #expect(refusal?.remedy == StepID.recordedByTheirOwnCommand[step], "names the command that records it") }
    }

    @Test func stepsWithoutTheirOwnCommandAreTickedByHand() {
        var s = Scenario.declared(lead: "alex")
        #expect(s.checklist.tickable.map(\.id) == [StepID.joinIncidentChannel, StepID.trackerStory])
        s.must(.completeStep(StepID.joinIncidentChannel, note: nil), as: "sam")
        s.must(.completeStep(StepID.trackerStory, note: "PIV-123"), as: "alex")
        #expect(s.checklist.items.first { $0.id == StepID.trackerStory }?.status == .done)
    }

    @Test func aSecurityIncidentIsNotClosedUntilInformationAssuranceIsAlerted() {
        var s = ClosingTests.resolved(security: true)
        s.must(s.statuspage("Resolved", status: .resolved), as: "cam")
        s.must(.completeStep(StepID.statusPageOperational, note: nil), as: "cam")
        s.must(.recordReportWritten(location: nil), as: "alex")
        s.must(.recordReviewHeld(attendees: ["alex", "cam"]), as: "alex")
        s.must(.withholdPublication(reason: "security"), as: "cam")
        #expect(s.refused(.close, as: "alex")?.why.contains("Alert Information Assurance") == true)
        s.must(.escalate(level: "information-assurance", step: .reached, note: nil), as: "alex")
        s.finishSetUpSteps()
        s.must(.close, as: "alex")
        #expect(s.state.phase == .closed)
    }

    @Test func markingStatuspageResolvedAfterResolutionIsTheFinalUpdate() {
        var s = ClosingTests.resolved()
        #expect(s.clock.phase == .finalUpdateDue)
        s.must(.setStatuspageStatus(.resolved), as: "cam")
        #expect(s.clock.phase == .stopped)
        #expect(s.checklist.items.first { $0.id == StepID.finalTenantUpdate }?.status == .done)
    }

    @Test func setUpStepsStopAlarmingOnceResolvedAndEverythingOnceClosed() {
        var s = ClosingTests.resolved()
        #expect(s.state.completedSteps[StepID.joinIncidentChannel] == nil)
        #expect(s.checklist.items.first { $0.id == StepID.joinIncidentChannel }?.status == .open)
        s.advance(minutes: Double(s.playbook.reminders.graceMinutes))  // past the "due now" grace
        #expect(!s.checklist.overdue.isEmpty, "after-resolution steps still alarm")
        s.advance(minutes: 8 * 24 * 60)
        #expect(s.checklist.overdue.contains { $0.id == StepID.holdReview })
        let closed = ClosingTests.closedIncident()
        #expect(Checklist(state: closed.state, playbook: closed.playbook, now: closed.now.addingTimeInterval(30 * 86_400)).overdue.isEmpty)
    }

    @Test(arguments: ["\u{301}", "bob\nalice", String(repeating: "x", count: 65), "\u{1b}[31m", "  "])
    func oddNamesAreRefused(name: String) {
        var s = Scenario.declared()
        let refusal = s.refused(.assignRole(.comms, Person(name), productionAccessConfirmed: false), as: "sam")
        #expect(refusal?.reason == .invalidInput)
    }

    @Test(arguments: ["Zoë", "李雷", "Mary-Jane O'Neil", "r2d2"])
    func realNamesAreAccepted(name: String) {
        var s = Scenario.declared()
        s.must(.assignRole(.comms, Person(name), productionAccessConfirmed: false), as: "sam")
        #expect(s.state.holder(of: .comms)?.name == name)
    }
}
