/// Rules for comms: first steps due at once, components, cadence, promises, the final update.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct CommsRuleTests {
    @Test func firstCommsStepsAreDueAtOnce() {
        let s = Scenario.declared(lead: "sam", comms: "cam")
        #expect(s.clock.phase == .awaitingFirstUpdate)
        #expect(s.clock.dueAt == t0)
        #expect(s.clock.isDueNow)
        let comms = s.checklist.stage(.comms)
        #expect(comms.map(\.id) == [StepID.tellTeamChannel, StepID.createStatuspageIncident])
        #expect(comms.allSatisfy { $0.status == .dueNow && $0.dueAt == t0 })
        var later = s
        later.advance(minutes: Double(s.playbook.reminders.graceMinutes))
        #expect(later.clock.isOverdue)
        #expect(later.checklist.stage(.comms).allSatisfy { $0.status == .overdue })
    }

    @Test func tellingTheTeamAndCreatingTheStatuspageIncidentCompletesThem() {
        var s = Scenario.declared(lead: "sam", comms: "cam")
        s.must(.sendComms(CommsRequest(channel: .team, text: "Incident declared, see #paas-incident")), as: "cam")
        s.must(s.statuspage(), as: "cam")
        #expect(s.checklist.stage(.comms).allSatisfy { $0.status == .done })
        #expect(s.state.comms.lastTenantUpdate?.message.template == "Possible issue being investigated")
    }

    @Test func aStatuspageUpdateWithoutComponentsIsRefusedUnlessConfirmed() {
        var s = Scenario.declared(comms: "cam")
        let refusal = s.refused(s.statuspage(components: []), as: "cam")
        #expect(refusal?.reason == .needsConfirmation(.noComponents))
        #expect(refusal?.why.contains("notify no subscribers") == true)
        #expect(refusal?.remedy == .confirm(.noComponents), "the console asks y/n, the CLI names its flag")
        #expect(refusal?.description.contains("--no-components") == true, "names the CLI flag: \(refusal?.description ?? "")")
        var request = CommsRequest(channel: .statuspage, text: "investigating")
        request.confirmedNoNotification = true
        s.must(.sendComms(request), as: "cam")
        #expect(s.state.comms.lastTenantUpdate?.message.notifiesSubscribers == false)
        #expect(s.state.timeline.last?.text.contains("NOT notified") == true)
    }

    @Test func aComponentTickedTwiceIsRecordedOnceInTheOrderFirstTicked() {
        var s = Scenario.declared(comms: "cam")
        s.must(s.statuspage(components: ["API", "apps", "API", "apps", "billing"]), as: "cam")
        #expect(s.state.comms.lastTenantUpdate?.message.components == ["API", "apps", "billing"])
        #expect(s.state.timeline.last?.text.hasPrefix("Statuspage (API, apps, billing):") == true, "\(s.state.timeline.last?.text ?? "")")
    }

    @Test func everyUpdateMustTickComponentsNotOnlyTheFirst() {
        var s = Scenario.declared(comms: "cam")
        s.must(s.statuspage(), as: "cam")
        #expect(s.refused(s.statuspage("update", components: []), as: "cam")?.reason == .needsConfirmation(.noComponents))
    }

    @Test func unknownComponentsAndTemplatesAreRefusedWithTheKnownNames() {
        var s = Scenario.declared(comms: "cam")
        let refusal = s.refused(s.statuspage(components: ["Platform HTTP"]), as: "cam")
        #expect(refusal?.reason == .unknownName)
        #expect(refusal?.instead.contains("Platform HTTPS") == true)
        let template = s.refused(.sendComms(CommsRequest(channel: .statuspage, text: "x", components: ["API"], template: "Nope")), as: "cam")
        #expect(template?.reason == .unknownName)
    }

    @Test func tenantUpdatesAreDueAnHourAfterTheLastOne() {
        var s = Scenario.declared(comms: "cam")
        s.advance(minutes: 5)
        s.must(s.statuspage(), as: "cam")
        #expect(s.clock.phase == .running)
        #expect(s.clock.dueAt == t0.addingTimeInterval(65 * 60))
        s.advance(minutes: 50)
        #expect(s.clock.urgency == .soon)
        #expect(s.clock.remaining == TimeInterval(10 * 60))
        s.advance(minutes: 10)
        #expect(s.clock.isOverdue)
        s.advance(minutes: 3)
        #expect(s.clock.remaining == TimeInterval(-3 * 60))
        s.must(s.statuspage("still investigating"), as: "cam")
        #expect(s.clock.dueAt == s.now.addingTimeInterval(3600))
        #expect(s.clock.urgency == .calm)
    }

    @Test func cadenceMayFollowPriority() {
        var playbook = Playbook.standard
        playbook.cadenceFollowsPriority = true
        var s = Scenario(playbook: playbook)
        s.must(.declare(id: "X", title: "slow", priority: .p2, securitySensitive: false), as: "sam")
        s.must(s.statuspage(), as: "sam")
        #expect(s.clock.cadenceMinutes == 120)
        #expect(s.clock.dueAt == t0.addingTimeInterval(2 * 3600))
        #expect(Playbook.standard.cadenceMinutes(for: .p3) == 60)
        #expect(playbook.cadenceMinutes(for: .p3) == 240)
    }

    @Test func aPromiseSetsTheNextDueTimeSooner() {
        var s = Scenario.declared(comms: "cam")
        s.must(s.statuspage(promise: 20), as: "cam")
        #expect(s.clock.dueAt == t0.addingTimeInterval(20 * 60))
        #expect(s.clock.promised)
        #expect(s.refused(s.statuspage(promise: 90), as: "cam")?.why.contains("every 60 min") == true)
        #expect(s.refused(.sendComms(CommsRequest(channel: .team, text: "x", nextUpdateInMinutes: 10)), as: "cam")?.reason == .invalidInput)
    }

    @Test func statuspageStatusMovesAmongTheFourStates() {
        var s = Scenario.declared(lead: "alex", comms: "cam")
        #expect(s.refused(.setStatuspageStatus(.identified), as: "cam")?.why.contains("no Statuspage incident") == true)
        s.must(s.statuspage(status: .investigating), as: "cam")
        s.must(.setStatuspageStatus(.identified), as: "cam")
        s.must(.setStatuspageStatus(.monitoring), as: "cam")
        s.must(.setStatuspageStatus(.investigating), as: "cam")
        #expect(s.state.comms.statuspageStatus == .investigating)
        #expect(s.refused(.setStatuspageStatus(.investigating), as: "cam")?.reason == .alreadyDone)
        #expect(s.refused(.setStatuspageStatus(.resolved), as: "cam")?.reason == .wrongPhase)
    }

    @Test func afterResolutionAFinalResolvedUpdateIsDueThenTheClockStops() {
        var s = Scenario.declared(lead: "alex", comms: "cam")
        s.must(s.statuspage(), as: "cam")
        #expect(s.refused(s.statuspage("all good", status: .resolved), as: "cam")?.reason == .wrongPhase)
        s.advance(minutes: 30)
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        #expect(s.clock.phase == .finalUpdateDue)
        #expect(s.clock.dueAt == s.now)
        s.must(s.statuspage("Resolved", status: .resolved), as: "cam")
        #expect(s.clock.phase == .stopped)
        #expect(!s.clock.isRunning)
        #expect(s.checklist.items.first { $0.id == StepID.finalTenantUpdate }?.status == .done)
    }

    @Test func snoozeIsLoggedAndDoesNotMoveTheDueTime() {
        var s = Scenario.declared(comms: "cam")
        s.must(s.statuspage(), as: "cam")
        let due = s.clock.dueAt
        s.advance(minutes: 61)
        s.must(.snoozeCommsReminder(minutes: 10), as: "cam")
        #expect(s.clock.dueAt == due)
        #expect(s.clock.snoozedUntil == s.now.addingTimeInterval(600))
        #expect(s.state.timeline.last?.text == "Comms reminder snoozed for 10 min")
        s.advance(minutes: 11)
        #expect(!s.clock.isSnoozed)
        #expect(s.refused(.snoozeCommsReminder(minutes: 7), as: "cam")?.reason == .unknownName)
    }

    @Test func aBackDatedOlderUpdateDoesNotBecomeTheLastOne() {
        var s = Scenario.declared(comms: "cam")
        s.advance(minutes: 30)
        s.must(s.statuspage("now"), as: "cam")
        var old = CommsRequest(channel: .statuspage, text: "earlier", components: ["API"])
        old.at = t0.addingTimeInterval(60)
        s.must(.sendComms(old), as: "cam")
        #expect(s.state.comms.lastTenantUpdate?.message.text == "now")
    }
}
