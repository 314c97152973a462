/// Rules for declaring and forming the team: lead access, lead on support, hand-over history.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct TeamRuleTests {
    @Test func declaringMakesTheDeclarerThePersonOnSupport() {
        let s = Scenario.declared(by: "sam")
        #expect(s.state.phase == .active)
        #expect(s.state.holder(of: .support) == "sam")
        #expect(s.state.priority == .p1)
    }

    @Test func declaringTwiceIsRefused() {
        var s = Scenario.declared()
        let refusal = s.refused(.declare(id: "OTHER", title: "again", priority: nil, securitySensitive: false), as: "sam")
        #expect(refusal?.reason == .alreadyDeclared)
    }

    @Test func anEmptyTitleIsRefused() {
        var s = Scenario()
        #expect(s.refused(.declare(id: "X", title: "   ", priority: nil, securitySensitive: false), as: "sam")?.reason == .invalidInput)
    }

    @Test func commandsBeforeDeclarationAreRefused() {
        var s = Scenario()
        let refusal = s.refused(.log(.action, text: "x", at: nil), as: "sam")
        #expect(refusal?.reason == .noIncident)
        #expect(refusal?.instead.contains("Declare") == true)
    }

    @Test func leadOnTheRosterWithAccessIsAccepted() {
        var s = Scenario.declared(playbook: Self.rosterPlaybook)
        s.must(.assignRole(.lead, "sam", productionAccessConfirmed: false), as: "sam")
        #expect(s.state.roles[.lead]?.productionAccess == .roster)
    }

    @Test func leadWithoutAccessOnTheRosterIsRefusedEvenIfConfirmed() {
        var s = Scenario.declared(playbook: Self.rosterPlaybook)
        let refusal = s.refused(.assignRole(.lead, "nina", productionAccessConfirmed: true), as: "sam")
        #expect(refusal?.reason == .notPermitted)
        #expect(refusal?.description.contains("no production access") == true)
        #expect(refusal?.instead.contains("sam") == true)
    }

    @Test func leadNotOnTheRosterNeedsTheAssignersConfirmation() {
        var s = Scenario.declared(by: "sam")
        #expect(s.refused(.assignRole(.lead, "sam", productionAccessConfirmed: false), as: "sam")?.reason
            == .needsConfirmation(.productionAccess))
        s.must(.assignRole(.lead, "sam", productionAccessConfirmed: true), as: "sam")
        #expect(s.state.roles[.lead]?.productionAccess == .confirmedBy("sam"))
        #expect(s.state.timeline.last?.text.contains("confirmed by sam") == true)
    }

    @Test func aLeadOtherThanThePersonOnSupportIsAcceptedWithAWarning() {
        var s = Scenario.declared(by: "sam")
        s.must(.assignRole(.lead, "alex", productionAccessConfirmed: true), as: "sam")
        #expect(s.state.lead == "alex")
        #expect(s.state.timeline.last?.warning?.contains("person on support (sam)") == true)
        var t = Scenario.declared(by: "sam")
        t.must(.assignRole(.lead, "sam", productionAccessConfirmed: true), as: "sam")
        #expect(t.state.timeline.last?.warning == nil)
    }

    @Test func noWarningWhenThePlaybookSaysTheLeadMayBeSomeoneElse() {
        var playbook = Playbook.standard
        playbook.leadShouldBeSupport = false
        var s = Scenario.declared(by: "sam", playbook: playbook)
        s.must(.assignRole(.lead, "alex", productionAccessConfirmed: true), as: "sam")
        #expect(s.state.timeline.last?.warning == nil)
    }

    @Test func outOfHoursTheCommsPersonMayBeAnyoneIncludingTheEscalationRotaPerson() {
        var s = Scenario.declared(by: "sam", lead: "sam")
        s.must(.assignRole(.comms, "rota-person", productionAccessConfirmed: false), as: "sam")
        #expect(s.state.holder(of: .comms) == "rota-person")
    }

    @Test func nominatingLeadAndCommsCompletesTheSetUpSteps() {
        var s = Scenario.declared(by: "sam")
        #expect(s.checklist.items.first { $0.id == StepID.nominateLead }?.status == .dueNow)
        s.advance(minutes: Double(s.playbook.reminders.graceMinutes))
        #expect(s.checklist.items.first { $0.id == StepID.nominateLead }?.status == .overdue)
        s.must(.assignRole(.lead, "sam", productionAccessConfirmed: true), as: "sam")
        s.must(.assignRole(.comms, "cam", productionAccessConfirmed: false), as: "sam")
        #expect(s.checklist.items.first { $0.id == StepID.nominateLead }?.status == .done)
        #expect(s.checklist.items.first { $0.id == StepID.nominateComms }?.status == .done)
        #expect(s.checklist.items.first { $0.id == StepID.joinIncidentChannel }?.status == .overdue)
        s.must(.completeStep(StepID.joinIncidentChannel, note: nil), as: "sam")
        #expect(s.checklist.stage(.setup).allSatisfy { $0.status == .done })
    }

    @Test func unknownStepsAreRefusedWithTheListOfSteps() {
        var s = Scenario.declared()
        let refusal = s.refused(.completeStep("make-tea", note: nil), as: "sam")
        #expect(refusal?.reason == .unknownName)
        #expect(refusal?.instead.contains(StepID.joinIncidentChannel) == true)
    }

    @Test func nobodyMakesThemselvesLeadUnasked() {
        var s = Scenario.declared(by: "sam")
        let refusal = s.refused(.assignRole(.lead, "mallory", productionAccessConfirmed: true), as: "mallory")
        #expect(refusal?.reason == .notPermitted)
        #expect(refusal?.why.contains("The person on support (sam) assigns the incident lead role") == true)
        #expect(s.state.lead == nil)
        s.must(.assignRole(.lead, "kim", productionAccessConfirmed: true), as: "sam")
        // Only sam or the lead may now give the lead role away; the lead and sam may reassign comms and support.
        #expect(s.refused(.assignRole(.lead, "mallory", productionAccessConfirmed: true), as: "mallory")?.why.contains("so can kim") == true)
        #expect(s.refused(.assignRole(.comms, "mallory", productionAccessConfirmed: false), as: "mallory")?.reason == .notPermitted)
        s.must(.assignRole(.comms, "cam", productionAccessConfirmed: false), as: "kim")
        s.must(.assignRole(.comms, "lee", productionAccessConfirmed: false), as: "cam")
        s.must(.assignRole(.support, "ana", productionAccessConfirmed: false), as: "kim")
        s.must(.assignRole(.lead, "bob", productionAccessConfirmed: true), as: "kim")
        // Members, product and delivery managers may be added by anyone.
        s.must(.assignRole(.member, "zed", productionAccessConfirmed: false), as: "mallory")
        s.must(.assignRole(.productManager, "pat", productionAccessConfirmed: false), as: "mallory")
    }

    @Test func handOverKeepsTheHistory() {
        var s = Scenario.declared(by: "sam", lead: "sam")
        s.advance(minutes: 90)
        s.must(.handOverRole(.lead, to: "alex", productionAccessConfirmed: true), as: "sam")
        #expect(s.state.lead == "alex")
        let leads = s.state.roleHistory.filter { $0.role == .lead }
        #expect(leads.map(\.person) == ["sam", "alex"])
        #expect(leads[0].until == s.now)
        #expect(leads[1].until == nil)
        #expect(s.state.timeline.last?.text == "Incident lead handed over from sam to alex, production access confirmed by sam")
        let view = RolesView(state: s.state, now: s.now.addingTimeInterval(60))
        #expect(view.holders.first { $0.role == .lead }?.heldFor == 60)
    }

    @Test func handingOverAnUnheldRoleIsRefused() {
        var s = Scenario.declared()
        #expect(s.refused(.handOverRole(.comms, to: "cam", productionAccessConfirmed: false), as: "sam")?.reason == .invalidInput)
    }

    @Test func assigningTheSameHolderAgainIsRefused() {
        var s = Scenario.declared(comms: "cam")
        #expect(s.refused(.assignRole(.comms, "CAM", productionAccessConfirmed: false), as: "sam")?.reason == .alreadyDone)
    }

    @Test func anyoneWhoActsJoinsTheTeam() {
        var s = Scenario.declared(lead: "sam")
        s.must(.log(.finding, text: "DNS is fine", at: nil), as: "robin")
        #expect(s.state.members.map(\.person) == ["robin"])
        s.must(.log(.note, text: "again", at: nil), as: "robin")
        #expect(s.state.members.count == 1)
    }

    static var rosterPlaybook: Playbook {
        var p = Playbook.standard
        p.roster = [RosterEntry(name: "sam", productionAccess: true), RosterEntry(name: "nina", productionAccess: false)]
        return p
    }
}
