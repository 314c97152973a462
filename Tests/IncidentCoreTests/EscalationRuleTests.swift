/// Rules for the escalation ladder and for a suspected security breach.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct EscalationRuleTests {
    let director = "techops-programme-director"
    let head = "head-of-reliability-engineering"
    let lastResort = "director-gds-portfolio-group"

    @Test func theLadderStartsWithTheRotaAndTheFirstLevel() {
        let s = Scenario.declared(lead: "alex")
        #expect(s.ladder.rotaSteps.count == 3)
        #expect(s.ladder.levels.map(\.id) == [director, head, lastResort])
        #expect(s.ladder.next?.id == director)
        #expect(s.ladder.nextStep.contains("TechOps Programme Director"))
    }

    @Test func aResolvedIncidentNeedsNoFurtherEscalation() {
        var s = Scenario.declared(lead: "alex")
        #expect(s.ladder.nextStep.hasPrefix("If the team cannot handle it"))
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        #expect(s.ladder.nextStep == "None: the incident is resolved.")
        #expect(!s.ladder.levels.contains { $0.isNext })
        // A suspected breach still puts Information Assurance first.
        var security = Scenario.declared(lead: "alex", security: true)
        security.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        #expect(security.ladder.nextStep.hasPrefix("Alert Information Assurance now"))
    }

    @Test func theOrderIsAPlaybookSetting() {
        var playbook = Playbook.standard
        playbook.escalation.levels.reverse()
        let s = Scenario.declared(lead: "alex", playbook: playbook)
        #expect(s.ladder.next?.id == head)
    }

    @Test func eachLevelHasAStateAndAWaitingTime() {
        var s = Scenario.declared(lead: "alex")
        s.must(.escalate(level: director, step: .contacting, note: nil), as: "alex")
        s.advance(minutes: 16)
        let level = s.ladder.levels[0]
        #expect(level.status?.step == .contacting)
        #expect(level.waited == TimeInterval(16 * 60))
        #expect(level.noAnswerTooLong)
        #expect(s.ladder.nextStep.contains("record them unavailable"))
        s.must(.escalate(level: director, step: .unavailable, note: "voicemail"), as: "alex")
        #expect(s.ladder.next?.id == head)
    }

    @Test func theLastResortIsRefusedUntilBothLevelsAreUnavailable() {
        var s = Scenario.declared(lead: "alex")
        let refusal = s.refused(.escalate(level: lastResort, step: .contacting, note: nil), as: "alex")
        #expect(refusal?.reason == .notPermitted)
        #expect(refusal?.why.contains("TechOps Programme Director and Head of Reliability Engineering not recorded unavailable") == true)
        s.must(.escalate(level: director, step: .unavailable, note: "On leave"), as: "alex")
        #expect(s.refused(.escalate(level: lastResort, step: .contacting, note: nil), as: "alex")?.why.contains("Head of Reliability Engineering not") == true)
        #expect(s.ladder.levels.last?.available == false)
        s.must(.escalate(level: head, step: .unavailable, note: "No answer on the phone"), as: "alex")
        #expect(s.ladder.levels.last?.available == true)
        #expect(s.ladder.next?.id == lastResort)
        s.must(.escalate(level: lastResort, step: .reached, note: nil), as: "alex")
    }

    @Test func thePersonReachedDecidesOnAlertingTheExecutiveGroup() {
        var s = Scenario.declared(lead: "alex")
        #expect(s.refused(.decideExecutiveAlert(alert: true, decidedBy: "Dana", note: nil), as: "alex")?.reason == .wrongPhase)
        s.must(.escalate(level: director, step: .reached, note: nil), as: "alex")
        #expect(s.ladder.nextStep.contains("decide whether to alert the GDS executive group"))
        s.must(.decideExecutiveAlert(alert: true, decidedBy: "Dana", note: "P1 for 2h"), as: "alex")
        #expect(s.state.executiveAlert?.decidedBy == "Dana")
        #expect(s.state.timeline.last?.category == .escalation)
    }

    @Test func unknownLevelsAreRefusedWithTheKnownOnes() {
        var s = Scenario.declared()
        let refusal = s.refused(.escalate(level: "ceo", step: .contacting, note: nil), as: "sam")
        #expect(refusal?.reason == .unknownName)
        #expect(refusal?.instead.contains(director) == true)
    }

    @Test func aSuspectedBreachAddsAlertingInformationAssuranceDueAtOnce() {
        var s = Scenario.declared(lead: "alex")
        s.advance(minutes: 12)
        s.must(.suspectSecurityBreach(note: "odd logins"), as: "alex")
        #expect(s.state.securitySensitive)
        let step = s.checklist.items.first
        #expect(step?.id == StepID.alertInformationAssurance)
        #expect(step?.dueAt == s.now)
        #expect(step?.status == .dueNow)
        s.advance(minutes: Double(s.playbook.reminders.graceMinutes))
        #expect(s.checklist.items.first?.status == .overdue)
        #expect(s.ladder.levels.first?.id == "information-assurance")
        #expect(s.ladder.next?.id == "information-assurance")
        s.must(.escalate(level: "information-assurance", step: .reached, note: nil), as: "alex")
        #expect(s.checklist.items.first?.status == .done)
        #expect(s.refused(.suspectSecurityBreach(note: nil), as: "alex")?.reason == .alreadyDone)
    }

    @Test func declaringAsSecurityIncidentMarksItSensitive() {
        let s = Scenario.declared(security: true)
        #expect(s.state.securitySensitive)
        #expect(s.checklist.items.first?.id == StepID.alertInformationAssurance)
    }
}
