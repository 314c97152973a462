/// In hours or out of hours, the start-work clock per priority, and who to suggest as comms now.
import Foundation

/// Whether the team is in its working hours at a time, and when that changes.
public struct HoursView: Sendable, Equatable {
    public var inHours: Bool
    /// When in-hours ends, or when the next in-hours period starts.
    public var changesAt: Date?

    public init(playbook: Playbook, now: Date) {
        let hours = playbook.workingHours.hours
        inHours = hours.isOpen(at: now)
        changesAt = inHours ? hours.closes(after: now) : hours.nextOpening(after: now)
    }

    public var label: String { inHours ? "in hours" : "out of hours" }
}

/// The start-work clock: from declaration to the first action or finding, against the priority's limit, which is
/// longer out of hours (judged at the declaration).
public struct StartWorkClock: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        /// No incident, or the priority has no start-work limit.
        case none
        /// Waiting for the first action or finding; `soon` within the reminders' warning time.
        case running, soon, overdue
        /// Work started in time, or late.
        case met, late
    }

    public var status: Status
    public var startedAt: Date?
    public var limitMinutes: Int?
    /// The limit is the out-of-hours one (declared out of hours).
    public var outOfHours: Bool
    public var dueAt: Date?
    /// The first action or finding.
    public var workStartedAt: Date?
    /// Seconds until due (negative once overdue), while running.
    public var remaining: TimeInterval?

    public var isRunning: Bool { [.running, .soon, .overdue].contains(status) }

    public init(state: IncidentState, playbook: Playbook, now: Date) {
        startedAt = state.declaredAt
        outOfHours = false
        status = .none
        guard let declared = state.declaredAt else { return }
        let inHours = playbook.workingHours.isInHours(at: declared)
        outOfHours = !inHours
        guard let limit = playbook.priorities.first(where: { $0.priority == state.priority })?.startWorkMinutes(inHours: inHours) else { return }
        limitMinutes = limit
        let due = declared.addingTimeInterval(Double(limit) * 60)
        dueAt = due
        workStartedAt = state.timeline.first { item in
            guard item.strike == nil, case let .entry(kind) = item.category else { return false }
            return kind == .action || kind == .finding || kind == .productionChange
        }?.occurredAt
        if let started = workStartedAt {
            status = started <= due ? .met : .late
        } else if state.phase != .active {
            status = .none
        } else {
            let left = due.seconds(since: now)
            remaining = left
            status = left <= 0 ? .overdue : left <= Double(playbook.reminders.warnMinutesBefore) * 60 ? .soon : .running
        }
    }
}

/// Who to suggest as the comms person now: out of hours, the person on the escalation rota may do it.
public struct CommsSuggestion: Sendable, Equatable {
    public var outOfHours: Bool
    /// Roster people on the escalation rota, suggested out of hours (empty in hours).
    public var rotaPeople: [RosterEntry]
    /// Where to find who is on the rota when the roster does not say.
    public var rotaSteps: [String]

    public init(playbook: Playbook, now: Date) {
        outOfHours = !playbook.workingHours.isInHours(at: now)
        rotaPeople = outOfHours ? playbook.roster.filter(\.escalationRota) : []
        rotaSteps = outOfHours && rotaPeople.isEmpty ? playbook.escalation.rotaSteps : []
    }

    /// The first name to offer, if any.
    public var suggested: Person? { rotaPeople.first.map { Person($0.name) } }
}
