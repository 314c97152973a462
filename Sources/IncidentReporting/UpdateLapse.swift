/// Lapses in the tenant updates: each time an update was due and came late, or never came before resolution.
import Foundation
import IncidentCore

/// One overdue tenant update. The first is due at the declaration (or a reopening), each next one the cadence
/// after the previous, or at the time the previous promised.
public struct UpdateLapse: Sendable, Equatable {
    public var dueAt: Date
    /// When the late update went out; nil when none was sent before the incident was resolved.
    public var sentAt: Date?
    /// How late: to the update, or to the resolution when none came.
    public var overdueBy: TimeInterval
    /// The due time came from a promise made in the previous update.
    public var promised: Bool
    /// It was the first update after the declaration or a reopening.
    public var first: Bool

    public init(dueAt: Date, sentAt: Date?, overdueBy: TimeInterval, promised: Bool, first: Bool) {
        self.dueAt = dueAt; self.sentAt = sentAt; self.overdueBy = overdueBy; self.promised = promised; self.first = first
    }

    /// Every lapse in the record, in order. Struck updates do not count; updates outside active periods are not judged.
    public static func lapses(state: IncidentState, playbook: Playbook) -> [UpdateLapse] {
        let updates = state.timeline.compactMap { item -> (Date, CommsMessage)? in
            guard item.strike == nil, case let .commsSent(message) = item.payload, message.channel == .statuspage else { return nil }
            return (item.occurredAt, message)
        }
        var lapses: [UpdateLapse] = []
        for period in state.activePeriods {
            var due = period.from
            var promised = false
            var first = true
            for (at, message) in updates where at >= period.from && (period.until.map { at < $0 } ?? true) {
                if at > due {
                    lapses.append(UpdateLapse(dueAt: due, sentAt: at, overdueBy: at.seconds(since: due), promised: promised, first: first))
                }
                first = false
                if let promise = message.nextUpdateDueAt {
                    due = promise
                    promised = true
                } else {
                    due = at.addingTimeInterval(Double(playbook.cadenceMinutes(for: priority(at: at, state: state))) * 60)
                    promised = false
                }
            }
            if let until = period.until, due < until {
                lapses.append(UpdateLapse(dueAt: due, sentAt: nil, overdueBy: until.seconds(since: due), promised: promised, first: first))
            }
        }
        return lapses
    }

    /// The priority the incident had at `time`: as declared, then each downgrade recorded by then.
    static func priority(at time: Date, state: IncidentState) -> Priority {
        var priority = state.priority
        var started = false
        for item in state.timeline {
            switch item.payload {
            case let .declared(_, declared, _, _): priority = declared; started = true
            case let .downgraded(_, to, _, _, _) where item.occurredAt <= time: priority = to
            default: break
            }
        }
        return started ? priority : state.priority
    }
}
