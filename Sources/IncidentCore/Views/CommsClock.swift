/// The comms clock: when the next tenant update is due, and how urgent it is now.
import Foundation

public struct CommsClock: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case notDeclared
        /// No Statuspage incident yet: the first tenant notification is due at once.
        case awaitingFirstUpdate
        case running
        /// Resolved: the final "resolved" update is due at once.
        case finalUpdateDue
        case stopped
    }

    public enum Urgency: Sendable, Equatable, Comparable {
        case none, calm, soon, overdue
    }

    public var phase: Phase
    public var dueAt: Date?
    /// Seconds until due; negative once overdue.
    public var remaining: TimeInterval?
    public var urgency: Urgency
    public var cadenceMinutes: Int
    /// True when the due time comes from a promise made in the last update.
    public var promised: Bool
    public var lastUpdate: CommsRecord?
    public var snoozedUntil: Date?

    public var isRunning: Bool { phase == .awaitingFirstUpdate || phase == .running || phase == .finalUpdateDue }
    public var isOverdue: Bool { urgency == .overdue }
    public var isSnoozed: Bool { snoozedUntil != nil }

    public init(state: IncidentState, playbook: Playbook, now: Date) {
        cadenceMinutes = playbook.cadenceMinutes(for: state.priority)
        lastUpdate = state.comms.lastTenantUpdate
        promised = false
        urgency = .none
        switch state.phase {
        case .none:
            phase = .notDeclared
        case .closed:
            phase = .stopped
        case .resolved:
            if state.comms.finalUpdateAt != nil {
                phase = .stopped
            } else {
                phase = .finalUpdateDue
                dueAt = state.resolution?.at
            }
        case .active:
            if let last = state.comms.lastTenantUpdate {
                phase = .running
                if let reopened = state.comms.reopenedAt, last.at < reopened {
                    dueAt = reopened
                } else if let promise = last.message.nextUpdateDueAt {
                    dueAt = promise
                    promised = true
                } else {
                    dueAt = last.at.addingTimeInterval(Double(cadenceMinutes) * 60)
                }
            } else {
                phase = .awaitingFirstUpdate
                dueAt = state.declaredAt
            }
        }
        guard let dueAt, isRunning else { return }
        let remaining = dueAt.seconds(since: now)
        self.remaining = remaining
        urgency = remaining <= 0 ? .overdue : remaining <= Double(playbook.reminders.warnMinutesBefore) * 60 ? .soon : .calm
        if let until = state.comms.snoozedUntil, until > now { snoozedUntil = until }
    }
}
