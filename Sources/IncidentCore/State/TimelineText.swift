/// How each event reads on the timeline: a category, and a one-line summary worded when it is shown.
import Foundation

extension EventPayload {
    /// Corrections and strike-outs attach to the item they refer to instead of adding a line.
    public var appearsOnTimeline: Bool {
        switch self {
        case .entryCorrected, .entryStruck: false
        default: true
        }
    }

    public var timelineCategory: TimelineItem.Category {
        switch self {
        case .declared: .declared
        case .roleAssigned: .role
        case let .entryLogged(kind, _): .entry(kind)
        case let .commsSent(message): .comms(message.channel)
        case .statuspageStatusChanged, .commsReminderSnoozed: .status
        case .escalationStepped, .executiveAlertDecided: .escalation
        case .securityBreachSuspected: .security
        case .resolved, .downgraded, .reopened, .closed: .resolution
        case .stepCompleted, .stepSkipped: .step
        case .supplierContacted: .escalation
        case .reviewScheduled, .reviewHeld, .reportWritten, .reportPublished, .publicationWithheld: .postIncident
        case .entryCorrected, .entryStruck: .warning
        case .keyTimeMarked: .keyTime
        case .reportTextWritten, .rootCauseWritten, .followUpAgreed: .report
        }
    }

    /// The process warning a rule attached when it accepted this event (the event was still recorded).
    public var warning: String? {
        if case let .roleAssigned(_, _, _, _, warning) = self { warning } else { nil }
    }

    /// One line of plain text with people by name; the console sanitises it before drawing.
    public var summary: String { summary(naming: \.name) }

    /// One line of plain text, with each person written by `name` (the public report writes roles instead).
    public func summary(naming name: (Person) -> String) -> String {
        switch self {
        case let .declared(title, priority, security, support):
            "Declared \(priority.rawValue): \(title) (support: \(name(support)))" + (security ? " [security]" : "")
        case let .roleAssigned(role, person, previous, access, _):
            (previous.map { "\(role.title) handed over from \(name($0)) to \(name(person))" } ?? "\(name(person)) is \(role.title.lowercased())")
                + (access.map { ", production access \($0.summary(naming: name))" } ?? "")
        case let .entryLogged(_, text): text
        case let .entryCorrected(_, text): "Corrected: \(text)"
        case let .entryStruck(_, reason): "Struck: \(reason)"
        case let .commsSent(m): m.summary
        case let .statuspageStatusChanged(status): "Statuspage status: \(status.rawValue)"
        case let .escalationStepped(level, title, step, note):
            "Escalation to \(title ?? level): \(step.rawValue)" + (note.map { " (\($0))" } ?? "")
        case let .executiveAlertDecided(alert, by, note):
            "\(name(by)) decided \(alert ? "to alert" : "not to alert") the executive group" + (note.map { ": \($0)" } ?? "")
        case let .securityBreachSuspected(note):
            "Security breach suspected: alert Information Assurance now" + (note.map { " (\($0))" } ?? "")
        case let .resolved(pm, dm, note):
            "Resolved, decided with \(name(pm)) (product) and \(name(dm)) (delivery)" + (note.map { ": \($0)" } ?? "")
        case let .downgraded(from, to, pm, dm, note):
            "Downgraded \(from.rawValue) to \(to.rawValue) with \(name(pm)) and \(name(dm))" + (note.map { ": \($0)" } ?? "")
        case let .reopened(reason): "Reopened: \(reason)"
        case let .stepCompleted(step, note): "Done: \(step)" + (note.map { " (\($0))" } ?? "")
        case let .commsReminderSnoozed(_, minutes): "Comms reminder snoozed for \(minutes) min"
        case let .reviewScheduled(at, reason):
            "Review scheduled for \(Timestamp.format(at))" + (reason.map { " (late: \($0))" } ?? "")
        case let .reviewHeld(attendees): "Review held with \(attendees.map(name).joined(separator: ", "))"
        case let .reportWritten(location): "Report written" + (location.map { ": \($0)" } ?? "")
        case let .reportPublished(reason): "Report published" + (reason.map { " (security override: \($0))" } ?? "")
        case let .publicationWithheld(reason): "Report not published: \(reason)"
        case .closed: "Closed"
        case let .keyTimeMarked(marker, note): marker.title + (note.map { ": \($0)" } ?? "")
        case let .reportTextWritten(section, text): "Report, \(section.title.lowercased()): \(text)"
        case let .rootCauseWritten(category, text): "Root cause (\(category.title.lowercased())): \(text)"
        case let .followUpAgreed(action, owner, tracker):
            "Follow-up action for \(name(owner)): \(action)" + (tracker.map { " [\($0)]" } ?? "")
        case let .stepSkipped(step, reason): "Skipped: \(step) (\(reason))"
        case let .supplierContacted(supplier, step, reference):
            "Supplier \(supplier): \(step.summary)" + (reference.map { ", case \($0)" } ?? "")
        }
    }
}

extension ProductionAccess {
    public var summary: String { summary(naming: \.name) }

    public func summary(naming name: (Person) -> String) -> String {
        switch self {
        case .roster: "per roster"
        case let .confirmedBy(person): "confirmed by \(name(person))"
        }
    }
}

extension CommsMessage {
    public var summary: String {
        var parts: [String] = []
        switch channel {
        case .team: parts.append("Team told")
        case .email: parts.append("Email sent")
        case .statuspage:
            parts.append("Statuspage" + (status.map { " [\($0.rawValue)]" } ?? ""))
            if !components.isEmpty { parts.append("(\(components.joined(separator: ", ")))") }
            if !notifiesSubscribers { parts.append("(no components: subscribers NOT notified)") }
        }
        return parts.joined(separator: " ") + ": " + text
    }
}

extension KeyTime {
    public var title: String {
        switch self {
        case .impactStarted: "Impact started"
        case .detected: "Detected"
        case .mitigated: "Mitigated"
        case .recovered: "Fully recovered"
        }
    }
}

extension ReportSection {
    public var title: String {
        switch self {
        case .summary: "Summary"
        case .impact: "Impact"
        case .wentWell: "What went well"
        case .wentBadly: "What went badly"
        case .reviewOutcome: "Review outcome"
        }
    }
}

extension RootCauseCategory {
    public var title: String {
        switch self {
        case .codeChange: "Code change"
        case .configuration: "Configuration"
        case .capacity: "Capacity"
        case .supplier: "Supplier or third party"
        case .operation: "Operation"
        case .design: "Design"
        case .unknown: "Unknown"
        }
    }
}

extension TimelineItem.Category {
    /// A short stable name, used in JSON and CSV.
    public var name: String {
        switch self {
        case .declared: "declared"
        case let .entry(kind): kind.rawValue
        case let .comms(channel): "comms-\(channel.rawValue)"
        case .role: "role"
        case .status: "status"
        case .escalation: "escalation"
        case .security: "security"
        case .resolution: "resolution"
        case .postIncident: "post-incident"
        case .step: "step"
        case .warning: "warning"
        case .keyTime: "key-time"
        case .report: "report"
        }
    }
}
