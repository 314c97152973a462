/// The grace for what is due at once: "due now" (amber, no alarm) for the playbook's grace minutes, then overdue.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct GraceRuleTests {
    @Test func theFirstTenantUpdateIsDueNowThroughTheGraceThenOverdue() {
        var s = Scenario.declared(lead: "sam", comms: "cam")
        let grace = Double(s.playbook.reminders.graceMinutes)
        #expect(grace > 0 && grace <= 10, "the standard grace is a few minutes")
        #expect(s.clock.urgency == .dueNow && s.clock.isDueNow && !s.clock.isOverdue)
        #expect(s.clock.dueAt == t0, "still due at declaration")
        #expect(s.clock.overdueAt == t0.addingTimeInterval(grace * 60))
        #expect(s.clock.graceRemaining == grace * 60)
        s.advance(minutes: grace - 0.5)
        #expect(s.clock.urgency == .dueNow)
        #expect(s.clock.graceRemaining == 30)
        s.advance(minutes: 0.5)
        #expect(s.clock.urgency == .overdue && s.clock.isOverdue && !s.clock.isDueNow)
        #expect(s.clock.graceRemaining == nil)
        #expect(s.clock.remaining == -grace * 60, "overdue counts from the due time")
    }

    @Test func stepsDueAtOnceAreDueNowThroughTheGraceThenOverdue() {
        var s = Scenario.declared(lead: "sam", comms: "cam")
        let dueAtOnce = s.checklist.items.filter { $0.dueAt == t0 && $0.completion == nil }
        #expect(!dueAtOnce.isEmpty)
        #expect(dueAtOnce.allSatisfy { $0.status == .dueNow }, "\(dueAtOnce.map(\.status))")
        #expect(s.checklist.overdue.isEmpty)
        #expect(Set(s.checklist.dueNow.map(\.id)) == Set(dueAtOnce.map(\.id)))
        #expect(Set(s.checklist.open.map(\.id)).isSuperset(of: dueAtOnce.map(\.id)), "due now is still open")
        s.advance(minutes: Double(s.playbook.reminders.graceMinutes))
        #expect(s.checklist.dueNow.isEmpty)
        #expect(Set(s.checklist.overdue.map(\.id)) == Set(dueAtOnce.map(\.id)))
    }

    @Test func aGraceOfZeroMakesWhatIsDueAtOnceOverdueAtOnce() {
        var playbook = Playbook.standard
        playbook.reminders.graceMinutes = 0
        let s = Scenario.declared(lead: "sam", comms: "cam", playbook: playbook)
        #expect(s.clock.isOverdue)
        #expect(s.checklist.dueNow.isEmpty && !s.checklist.overdue.isEmpty)
    }

    @Test func aLongerGraceIsHonoured() {
        var playbook = Playbook.standard
        playbook.reminders.graceMinutes = 12
        var s = Scenario.declared(lead: "sam", comms: "cam", playbook: playbook)
        s.advance(minutes: 11)
        #expect(s.clock.isDueNow && s.checklist.overdue.isEmpty)
        s.advance(minutes: 1)
        #expect(s.clock.isOverdue && !s.checklist.overdue.isEmpty)
    }

    @Test func anUpdateDueOnTheCadenceHasNoGrace() {
        var s = Scenario.declared(lead: "sam", comms: "cam")
        s.must(s.statuspage(), as: "cam")
        let cadence = Double(s.playbook.cadenceMinutes(for: s.state.priority))
        s.advance(minutes: cadence - 1)
        #expect(s.clock.urgency == .soon)
        s.advance(minutes: 1)
        #expect(s.clock.urgency == .overdue, "the cadence warned ahead: no grace after")
        #expect(s.clock.overdueAt == s.clock.dueAt)
    }

    @Test func theFinalUpdateAtResolutionIsDueNowFirst() {
        var s = Scenario.declared(lead: "alex", comms: "cam")
        s.must(s.statuspage(), as: "cam")
        s.advance(minutes: 30)
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        #expect(s.clock.phase == .finalUpdateDue)
        #expect(s.clock.isDueNow)
        s.advance(minutes: Double(s.playbook.reminders.graceMinutes))
        #expect(s.clock.isOverdue)
    }
}
