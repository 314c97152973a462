/// The one view of what is overdue: Information Assurance first, then comms, the start of work, escalation and the
/// steps; a snoozed update still counted but not alarming.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct OverdueViewTests {
    private func view(_ s: Scenario) -> OverdueView { OverdueView(state: s.state, playbook: s.playbook, now: s.now) }

    @Test func nothingIsOverdueJustAfterDeclaring() {
        let s = Scenario.declared(lead: "kim", comms: "cam")
        #expect(view(s).items == [], "due now is not overdue: \(view(s).items)")
    }

    @Test func theMostUrgentComesFirst() throws {
        var s = Scenario.declared(lead: "kim", comms: "cam", security: true)
        s.must(.escalate(level: "techops-programme-director", step: .contacting, note: nil), as: "cam")
        s.advance(minutes: 45)
        let items = view(s).items
        #expect(items.first == .alertInformationAssurance(title: "Alert Information Assurance"), "\(items)")
        guard case let .comms(phase, by, snoozed) = items[1] else { Issue.record("comms second: \(items)"); return }
        #expect(phase == .awaitingFirstUpdate && by == 45 * 60 && !snoozed)
        #expect(items.contains(.startWork(by: 25 * 60)), "P1 in hours: 20 minutes; \(items)")
        #expect(items.contains(.escalation(levelID: "techops-programme-director", title: "TechOps Programme Director")))
        let order = items.map { item -> Int in
            switch item {
            case .alertInformationAssurance: 0
            case .comms: 1
            case .startWork: 2
            case .escalation: 3
            case .step: 4
            }
        }
        #expect(order == order.sorted(), "\(items)")
        #expect(view(s).stepCount == items.filter { if case .step = $0 { true } else { false } }.count + 1)
    }

    @Test func aSnoozedUpdateIsOverdueButNotAlarming() {
        var s = Scenario.declared(lead: "kim", comms: "cam")
        s.must(.sendComms(CommsRequest(channel: .statuspage, text: "Investigating", status: .investigating, components: ["apps"])), as: "cam")
        s.advance(minutes: 61)
        s.must(.snoozeCommsReminder(minutes: 5), as: "cam")
        let overdue = view(s)
        #expect(overdue.items.contains { if case .comms(_, _, true) = $0 { true } else { false } })
        #expect(!overdue.alarming.contains { if case .comms = $0 { true } else { false } })
    }
}
