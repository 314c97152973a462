/// Which reminders to raise at a tick: when comms, the start of work, an escalation level's answer or a checklist step
/// first fall overdue, then every repeat interval.
import Foundation
import IncidentCore

/// One reminder: ring the bell and show `title` and `body` as a desktop notification.
public struct ReminderAlert: Sendable, Equatable {
    public enum Reason: Sendable, Hashable {
        /// The next (or first, or final) tenant update is overdue.
        case commsOverdue
        /// A checklist step is overdue (by step id).
        case stepOverdue(String)
        /// No first action or finding within the priority's start-work time.
        case startWorkOverdue
        /// An escalation level contacted and not answering within its no-answer time (by level id).
        case escalationNoAnswer(String)
    }

    public var reason: Reason
    public var title: String
    public var body: String
}

/// What is overdue in an incident, in a few words for the incident list; nil when nothing is.
public enum IncidentAlarm {
    public static func summary(_ state: IncidentState, playbook: Playbook, now: Date) -> String? {
        let clock = CommsClock(state: state, playbook: playbook, now: now)
        if clock.isOverdue, !clock.isSnoozed { return clock.phase == .finalUpdateDue ? "final update overdue" : "tenant update overdue" }
        if StartWorkClock(state: state, playbook: playbook, now: now).status == .overdue { return "start work overdue" }
        if !Ladder(state: state, playbook: playbook, now: now).overdue.isEmpty { return "escalation not answering" }
        let overdue = Checklist(state: state, playbook: playbook, now: now).overdue
        return overdue.isEmpty ? nil : overdue.count == 1 ? "1 step overdue" : "\(overdue.count) steps overdue"
    }
}

extension ReminderAlert {
    /// The alerts of one tick as one bell's worth of notification: several reminders at once become one message,
    /// titled with the incident so a responder with two consoles knows which one calls.
    public static func notification(for alerts: [ReminderAlert], incident: String) -> (title: String, body: String)? {
        guard let first = alerts.first else { return nil }
        let title = alerts.count == 1 ? "\(incident): \(first.title)" : "\(incident): \(alerts.count) reminders"
        return (title, alerts.map(\.body).joined(separator: " "))
    }
}

/// Remembers when each reason last rang, so none rings twice inside the repeat window.
/// The run loop calls `alerts` every tick and rings the bell once if the result is not empty.
public struct ReminderSchedule: Sendable, Equatable {
    private var lastRaised: [ReminderAlert.Reason: Date] = [:]

    public init() {}

    public mutating func alerts(now: Date, clock: CommsClock, checklist: Checklist, startWork: StartWorkClock? = nil, ladder: Ladder? = nil,
                                repeatMinutes: Int) -> [ReminderAlert] {
        var due: [ReminderAlert] = []
        if clock.isOverdue, let remaining = clock.remaining {
            let what = clock.phase == .finalUpdateDue ? "Final \"resolved\" update" : clock.phase == .awaitingFirstUpdate
                ? "First tenant update" : "Tenant update"
            due.append(ReminderAlert(reason: .commsOverdue, title: "\(what) overdue",
                                     body: "\(what) overdue by \(formatDuration(remaining)): send it (\(KeyHint.key(.comms))) or snooze (\(KeyHint.key(.snooze)))."))
        }
        if let startWork, startWork.status == .overdue, let remaining = startWork.remaining {
            due.append(ReminderAlert(reason: .startWorkOverdue, title: "Start work overdue",
                                     body: "Start work overdue by \(formatDuration(remaining)): log the first action or finding (\(KeyHint.key(.log(.action))) or \(KeyHint.key(.log(.finding))))."))
        }
        for level in ladder?.overdue ?? [] {
            due.append(ReminderAlert(reason: .escalationNoAnswer(level.id), title: "No answer",
                                     body: "No answer from \(level.title): record reached, or unavailable and move on (\(KeyHint.key(.escalate)))."))
        }
        for item in checklist.overdue {
            due.append(ReminderAlert(reason: .stepOverdue(item.id), title: "Step overdue", body: "\(item.title): \(BannerView.hint(for: item.id))."))
        }
        let current = Set(due.map(\.reason))
        // A reason that is no longer overdue rings at once when it falls due again.
        lastRaised = lastRaised.filter { current.contains($0.key) }
        return due.filter { alert in
            // Snoozing silences the comms reminder; the snooze keeps the window so it rings when the snooze ends.
            if alert.reason == .commsOverdue, clock.isSnoozed { return false }
            if let last = lastRaised[alert.reason], now.seconds(since: last) < Double(repeatMinutes) * 60 { return false }
            lastRaised[alert.reason] = now
            return true
        }
    }
}
