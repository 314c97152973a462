/// The comms clock: when the next tenant update is due, and how urgent it is now.
import Foundation

public struct CommsClock: Sendable, Equatable {
    public enum Phase: Sendable, Equatable, Hashable {
        case notDeclared
        /// No Statuspage incident yet: the first tenant notification is due at once.
        case awaitingFirstUpdate
        case running
        /// Resolved: the final "resolved" update is due at once.
        case finalUpdateDue
        case stopped
    }

    public enum Urgency: Sendable, Equatable, Comparable {
        case none, calm, soon
        /// Due at once (the first update, the final one, the one after reopening) and inside the playbook's grace
        /// minutes: shown amber as "due now", no alarm, no bell.
        case dueNow
        case overdue
    }

    public var phase: Phase
    public var dueAt: Date?
    /// Seconds until due; negative once past the due time.
    public var remaining: TimeInterval?
    /// When it turns overdue: `dueAt`, or for an update due at once, `dueAt` plus the grace minutes.
    public var overdueAt: Date?
    /// While "due now": seconds until it turns overdue.
    public var graceRemaining: TimeInterval? {
        guard urgency == .dueNow, let overdueAt, let remaining, let dueAt else { return nil }
        return overdueAt.seconds(since: dueAt) + remaining
    }
    public var urgency: Urgency
    public var cadenceMinutes: Int
    /// True when the due time comes from a promise made in the last update.
    public var promised: Bool
    public var lastUpdate: CommsRecord?
    public var snoozedUntil: Date?

    public var isRunning: Bool { phase == .awaitingFirstUpdate || phase == .running || phase == .finalUpdateDue }
    public var isOverdue: Bool { urgency == .overdue }
    public var isDueNow: Bool { urgency == .dueNow }
    public var isSnoozed: Bool { snoozedUntil != nil }

    public init(state: IncidentState, playbook: Playbook, now: Date) {
        cadenceMinutes = playbook.cadenceMinutes(for: state.priority)
        lastUpdate = state.comms.lastTenantUpdate
        promised = false
        urgency = .none
        var dueAtOnce = false
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
                dueAtOnce = true
            }
        case .active:
            if let last = state.comms.lastTenantUpdate {
                phase = .running
                if let reopened = state.comms.reopenedAt, last.at < reopened {
                    dueAt = reopened
                    dueAtOnce = true
                } else if let promise = last.message.nextUpdateDueAt {
                    dueAt = promise
                    promised = true
                } else {
                    dueAt = last.at.addingTimeInterval(Double(cadenceMinutes) * 60)
                }
            } else {
                phase = .awaitingFirstUpdate
                dueAt = state.declaredAt
                dueAtOnce = true
            }
        }
        guard let dueAt, isRunning else { return }
        let remaining = dueAt.seconds(since: now)
        self.remaining = remaining
        let overdueAt = dueAtOnce ? playbook.reminders.overdueAt(dueAtOnce: dueAt) : dueAt
        self.overdueAt = overdueAt
        urgency = overdueAt <= now ? .overdue : remaining <= 0 ? .dueNow
            : remaining <= Double(playbook.reminders.warnMinutesBefore) * 60 ? .soon : .calm
        if let until = state.comms.snoozedUntil, until > now { snoozedUntil = until }
    }
}
