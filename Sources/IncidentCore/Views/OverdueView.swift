/// Everything overdue in an incident, most urgent first, as typed values: the one view behind the console's banner,
/// the incident list's alarm and the reminders, so "what is overdue" is worked out once.
import Foundation

public struct OverdueView: Sendable, Equatable {
    public enum Item: Sendable, Equatable, Hashable {
        /// A breach is suspected and Information Assurance not yet alerted: before everything else.
        case alertInformationAssurance(title: String)
        /// The next (first, or final) tenant update, overdue by `by` seconds; `snoozed`: its reminder is snoozed, so
        /// it rings and shows again only when the snooze ends.
        case comms(phase: CommsClock.Phase, by: TimeInterval, snoozed: Bool)
        /// No first action or finding within the priority's start-work time.
        case startWork(by: TimeInterval)
        /// A level contacted and not answering within its no-answer time.
        case escalation(levelID: String, title: String)
        /// A checklist step past its due time.
        case step(id: String, title: String)
    }

    /// Most urgent first: Information Assurance, comms, the start of work, escalation, then the steps in checklist order.
    public var items: [Item]

    public init(state: IncidentState, playbook: Playbook, now: Date) {
        var items: [Item] = []
        let steps = Checklist(state: state, playbook: playbook, now: now).overdue
        if let alert = steps.first(where: { $0.id == StepID.alertInformationAssurance }) {
            items.append(.alertInformationAssurance(title: alert.title))
        }
        let clock = CommsClock(state: state, playbook: playbook, now: now)
        if clock.isOverdue, let remaining = clock.remaining {
            items.append(.comms(phase: clock.phase, by: abs(remaining), snoozed: clock.isSnoozed))
        }
        let start = StartWorkClock(state: state, playbook: playbook, now: now)
        if start.status == .overdue, let remaining = start.remaining { items.append(.startWork(by: abs(remaining))) }
        for level in Ladder(state: state, playbook: playbook, now: now).overdue {
            items.append(.escalation(levelID: level.id, title: level.title))
        }
        for step in steps where step.id != StepID.alertInformationAssurance {
            items.append(.step(id: step.id, title: step.title))
        }
        self.items = items
    }

    /// What calls for attention now: a snoozed tenant update waits for its snooze to end.
    public var alarming: [Item] {
        items.filter { if case .comms(_, _, true) = $0 { false } else { true } }
    }

    /// The overdue checklist steps (Information Assurance included).
    public var stepCount: Int {
        items.filter { switch $0 { case .step, .alertInformationAssurance: true; default: false } }.count
    }
}
