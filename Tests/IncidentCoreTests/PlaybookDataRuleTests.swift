/// Rules and views of the playbook's data: closing with every step done or skipped, escalation discipline and contacts.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct ClosingEveryStepTests {
    /// Resolved with every after-resolution step done, but the set-up steps left open.
    static func resolvedWithReportDone() -> Scenario {
        var s = Scenario.declared(lead: "alex", comms: "cam")
        s.must(s.statuspage(), as: "cam")
        s.advance(minutes: 45)
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        s.must(s.statuspage("Resolved", status: .resolved), as: "cam")
        s.must(.completeStep(StepID.statusPageOperational, note: nil), as: "cam")
        s.must(.recordReportWritten(location: nil), as: "alex")
        s.must(.recordReviewHeld(attendees: ["alex", "cam"]), as: "alex")
        s.must(.publishReport(overrideReason: nil), as: "cam")
        return s
    }

    @Test func closingListsTheSetUpStepsStillOpen() throws {
        var s = Self.resolvedWithReportDone()
        let refused = s.refused(.close, as: "alex")
        let refusal = try #require(refused)
        #expect(refusal.why.contains("Join #paas-incident (join-incident-channel)"))
        #expect(refusal.why.contains("Tell the team in #paas (tell-team-channel)"))
        #expect(refusal.why.contains("tracker-story"))
        #expect(refusal.remedy == .skipStep)
        #expect(refusal.description.contains("--skip"))
        #expect(refusal.instead.contains("tell-team-channel: incident comms --channel team TEXT"))
        #expect(Checklist.openBeforeClosing(state: s.state, playbook: s.playbook).map(\.id)
            == [StepID.joinIncidentChannel, StepID.tellTeamChannel, StepID.trackerStory])
        #expect(s.checklist.blockingClose.map(\.id) == [StepID.joinIncidentChannel, StepID.tellTeamChannel, StepID.trackerStory])
    }

    @Test func eachOpenStepDoneOrSkippedWithAReasonLetsItClose() throws {
        var s = Self.resolvedWithReportDone()
        s.must(.completeStep(StepID.joinIncidentChannel, note: nil), as: "alex")
        #expect(s.refused(.skipStep(StepID.tellTeamChannel, reason: "  "), as: "cam")?.reason == .invalidInput)
        s.must(.skipStep(StepID.tellTeamChannel, reason: "The whole team was on the call"), as: "cam")
        #expect(s.refused(.close, as: "alex")?.why.contains("tracker-story") == true)
        let events = s.must(.skipStep(StepID.trackerStory, reason: "No changes were made"), as: "alex")
        #expect(events.last?.payload == .stepSkipped(step: StepID.trackerStory, reason: "No changes were made"))
        let item = try #require(s.checklist.items.first { $0.id == StepID.trackerStory })
        #expect(item.status == .done && item.completion?.skipReason == "No changes were made")
        #expect(s.checklist.skipped.map(\.id) == [StepID.tellTeamChannel, StepID.trackerStory])
        #expect(s.refused(.skipStep(StepID.trackerStory, reason: "again"), as: "alex")?.why.contains("already skipped") == true)
        #expect(s.refused(.completeStep(StepID.trackerStory, note: nil), as: "alex")?.why.contains("already skipped") == true)
        s.must(.close, as: "alex")
        #expect(s.state.phase == .closed)
    }

    @Test func someStepsCannotBeSkipped() {
        var s = Scenario.declared(lead: "alex", security: true)
        #expect(s.refused(.skipStep("no-such-step", reason: "x"), as: "alex")?.reason == .unknownName)
        #expect(s.refused(.skipStep(StepID.alertInformationAssurance, reason: "x"), as: "alex")?.reason == .notPermitted)
        #expect(s.refused(.skipStep(StepID.holdReview, reason: "x"), as: "alex")?.reason == .wrongPhase)
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        #expect(s.refused(.skipStep(StepID.publishReport, reason: "x"), as: "alex")?.instead.contains("withhold") == true)
    }

    @Test func reopeningMakesSkippedAfterResolutionStepsDueAgain() {
        var s = Scenario.declared(lead: "alex")
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        s.must(.skipStep(StepID.statusPageOperational, reason: "No status page for this team"), as: "alex")
        s.must(.skipStep(StepID.joinIncidentChannel, reason: "Worked on a call"), as: "alex")
        s.must(.reopen(reason: "It came back"), as: "alex")
        #expect(s.state.completedSteps[StepID.statusPageOperational] == nil)
        #expect(s.state.completedSteps[StepID.joinIncidentChannel]?.skipped == true)
    }

    @Test func aSkipSurvivesTheSnapshot() throws {
        var s = Scenario.declared(lead: "alex")
        s.must(.skipStep(StepID.trackerStory, reason: "Tiny"), as: "alex")
        #expect(try StateSnapshot.decode(StateSnapshot.encode(s.state)) == s.state)
    }
}

@Suite struct EscalationDisciplineTests {
    let director = "techops-programme-director"
    let head = "head-of-reliability-engineering"

    @Test func skippingALevelNeedsAReasonAndIsShown() throws {
        var s = Scenario.declared(lead: "alex")
        let refused = s.refused(.escalate(level: head, step: .contacting, note: nil), as: "alex")
        let refusal = try #require(refused)
        #expect(refusal.reason == .notPermitted)
        #expect(refusal.why.contains("TechOps Programme Director comes before Head of Reliability Engineering"))
        #expect(refusal.instead.contains("--note"))
        s.must(.escalate(level: head, step: .contacting, note: "Director on leave"), as: "alex")
        #expect(s.ladder.levels.first { $0.id == director }?.skipped == true)
        #expect(s.ladder.next?.id == head)
        #expect(s.state.escalation[head]?.note == "Director on leave")
    }

    @Test func levelsInOrderNeedNoReason() {
        var s = Scenario.declared(lead: "alex")
        s.must(.escalate(level: director, step: .contacting, note: nil), as: "alex")
        s.must(.escalate(level: director, step: .unavailable, note: nil), as: "alex")
        s.must(.escalate(level: head, step: .contacting, note: nil), as: "alex")
        #expect(s.ladder.levels.filter(\.skipped).isEmpty)
    }

    @Test func unavailableNeedsAnAttemptOrAReason() throws {
        var s = Scenario.declared(lead: "alex")
        let refused = s.refused(.escalate(level: director, step: .unavailable, note: nil), as: "alex")
        let refusal = try #require(refused)
        #expect(refusal.why.contains("not recorded as contacted"))
        #expect(refusal.instead.contains("incident escalate \(director) contacting"))
        s.must(.escalate(level: director, step: .unavailable, note: "Out of office until Monday"), as: "alex")
        s.must(.escalate(level: head, step: .contacting, note: nil), as: "alex")
        s.must(.escalate(level: head, step: .unavailable, note: nil), as: "alex")
    }

    @Test func aLevelContactingTooLongIsOverdueByItsOwnTimeout() throws {
        var playbook = Playbook.standard
        playbook.escalation.levels[1].noAnswerMinutes = 30
        var s = Scenario.declared(lead: "alex", playbook: playbook)
        s.must(.escalate(level: director, step: .contacting, note: nil), as: "alex")
        #expect(s.ladder.levels[0].urgency == .calm)
        #expect(s.ladder.levels[0].answerDueAt == s.now.addingTimeInterval(15 * 60))
        s.advance(minutes: 6)
        #expect(s.ladder.levels[0].urgency == .soon)
        s.advance(minutes: 9)
        #expect(s.ladder.overdue.map(\.id) == [director])
        #expect(s.ladder.urgency == .overdue)
        s.must(.escalate(level: director, step: .unavailable, note: nil), as: "alex")
        s.must(.escalate(level: head, step: .contacting, note: nil), as: "alex")
        s.advance(minutes: 15)
        #expect(s.ladder.overdue.isEmpty && s.ladder.levels[1].urgency == .calm)
        s.advance(minutes: 15)
        #expect(s.ladder.overdue.map(\.id) == [head])
        #expect(s.ladder.nextStep.contains("for 30 min"))
        s.must(.escalate(level: head, step: .reached, note: nil), as: "alex")
        #expect(s.ladder.urgency == .none)
    }

    @Test func theExecutiveDecisionIsOnTheLadder() {
        var s = Scenario.declared(lead: "alex")
        s.must(.escalate(level: director, step: .contacting, note: nil), as: "alex")
        s.must(.escalate(level: director, step: .reached, note: nil), as: "alex")
        s.must(.decideExecutiveAlert(alert: false, decidedBy: "jo", note: nil), as: "alex")
        s.advance(minutes: 5)
        s.must(.decideExecutiveAlert(alert: true, decidedBy: "jo", note: "Spread to a second region"), as: "alex")
        #expect(s.ladder.executiveAlert?.alert == true)
        #expect(s.ladder.executiveDecisions.map(\.alert) == [false, true])
    }

    @Test func theLadderSaysWhoToCallAndHow() throws {
        var playbook = Playbook.standard
        playbook.escalation.levels[0].contacts = [LevelContact(name: "Jo Bloggs", details: ContactDetails(phone: "+44 20 7946 0000", chat: "@jo"))]
        var s = Scenario.declared(lead: "alex", playbook: playbook)
        let call = try #require(s.ladder.callNow)
        #expect(call.levelID == director && call.contacts.first?.details.phone == "+44 20 7946 0000" && !call.contactsMissing)
        s.must(.escalate(level: director, step: .contacting, note: nil), as: "alex")
        s.must(.escalate(level: director, step: .unavailable, note: nil), as: "alex")
        let next = try #require(s.ladder.callNow)
        #expect(next.levelID == head && next.contactsMissing)
        #expect(next.emergencyContactsDocument?.contains("PaaS Emergency contacts") == true)
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        #expect(s.ladder.callNow == nil)
    }
}
