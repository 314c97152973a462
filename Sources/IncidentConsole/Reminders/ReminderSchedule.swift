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
        let overdue = OverdueView(state: state, playbook: playbook, now: now)
        guard let first = overdue.alarming.first else { return nil }
        switch first {
        case let .comms(phase, _, _): return phase == .finalUpdateDue ? "final update overdue" : "tenant update overdue"
        case .startWork: return "start work overdue"
        case .escalation: return "escalation not answering"
        case .alertInformationAssurance, .step:
            return overdue.stepCount == 1 ? "1 step overdue" : "\(overdue.stepCount) steps overdue"
        }
    }
}

/// How an overdue tenant update is named: "Tenant update", "First tenant update", "Final \"resolved\" update".
enum OverdueText {
    static func comms(_ phase: CommsClock.Phase, first: Bool) -> String {
        switch phase {
        case .finalUpdateDue: "Final \"resolved\" update"
        case .awaitingFirstUpdate where first: "First tenant update"
        default: "Tenant update"
        }
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

    /// The reminders due at `now` for what `overdue` holds (the core's one view of what is overdue).
    public mutating func alerts(now: Date, overdue: OverdueView, repeatMinutes: Int) -> [ReminderAlert] {
        var due: [ReminderAlert] = []
        var snoozed = false
        for item in overdue.items {
            switch item {
            case let .alertInformationAssurance(title):
                due.append(ReminderAlert(reason: .stepOverdue(StepID.alertInformationAssurance), title: "Step overdue",
                                         body: "\(title): \(KeyHint.forStep(StepID.alertInformationAssurance))."))
            case let .comms(phase, by, isSnoozed):
                snoozed = isSnoozed
                let what = OverdueText.comms(phase, first: true)
                due.append(ReminderAlert(reason: .commsOverdue, title: "\(what) overdue",
                                         body: "\(what) overdue by \(formatDuration(by)): send it (\(KeyHint.key(.comms))) or snooze (\(KeyHint.key(.snooze)))."))
            case let .startWork(by):
                due.append(ReminderAlert(reason: .startWorkOverdue, title: "Start work overdue",
                                         body: "Start work overdue by \(formatDuration(by)): log the first action or finding (\(KeyHint.key(.log(.action))) or \(KeyHint.key(.log(.finding))))."))
            case let .escalation(levelID, title):
                due.append(ReminderAlert(reason: .escalationNoAnswer(levelID), title: "No answer",
                                         body: "No answer from \(title): record reached, or unavailable and move on (\(KeyHint.key(.escalate)))."))
            case let .step(id, title):
                due.append(ReminderAlert(reason: .stepOverdue(id), title: "Step overdue", body: "\(title): \(KeyHint.forStep(id))."))
            }
        }
        let current = Set(due.map(\.reason))
        // A reason that is no longer overdue rings at once when it falls due again.
        lastRaised = lastRaised.filter { current.contains($0.key) }
        return due.filter { alert in
            // Snoozing silences the comms reminder; the snooze keeps the window so it rings when the snooze ends.
            if alert.reason == .commsOverdue, snoozed { return false }
            if let last = lastRaised[alert.reason], now.seconds(since: last) < Double(repeatMinutes) * 60 { return false }
            lastRaised[alert.reason] = now
            return true
        }
    }
}
