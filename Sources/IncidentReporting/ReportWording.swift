/// How the report words people and timeline items for its audience: names for the team, roles for the public.
import Foundation
import IncidentCore

struct ReportWording {
    let state: IncidentState
    let audience: ReportAudience

    /// The order in which a person's roles name them: the most telling first.
    static let roleRank: [Role] = [.lead, .comms, .support, .productManager, .deliveryManager, .member]

    /// A person as the audience reads them: the name, or (public) the role they held at `time`, else a role they
    /// held at some time, else `fallback`.
    func person(_ person: Person, at time: Date, capitalised: Bool, fallback: String = "A responder") -> String {
        guard audience == .public else { return person.name }
        let tenures = state.roleHistory.filter { $0.person == person }
        let now = tenures.filter { $0.from <= time && ($0.until.map { time < $0 } ?? true) }.map(\.role)
        let role = Self.roleRank.first(where: now.contains) ?? Self.roleRank.first(where: tenures.map(\.role).contains)
        guard let role else { return capitalised ? fallback : fallback.prefix(1).lowercased() + fallback.dropFirst() }
        return capitalised ? role.title : "the " + role.title.lowercased()
    }

    /// The timeline line for `item`, or nil when the audience does not see it.
    func line(for item: TimelineItem) -> ReportModel.TimelineLine? {
        let at = item.occurredAt
        let text: String
        if audience == .public {
            guard item.strike == nil, let worded = publicText(item) else { return nil }
            text = worded
        } else if case let .entryLogged(kind, _) = item.payload {
            text = "\(kind.title): \(item.text)"
        } else {
            text = item.payload.summary(naming: \.name)
        }
        let isInternal = audience == .internal
        var original: String?
        if isInternal, !item.corrections.isEmpty, case let .entryLogged(kind, first) = item.payload { original = "\(kind.title): \(first)" }
        return ReportModel.TimelineLine(
            sequence: item.sequence, at: at, loggedAt: item.loggedAt, backdated: item.isBackdated,
            actor: person(item.actor, at: at, capitalised: true), category: item.category.name, text: text,
            original: original, corrected: !item.corrections.isEmpty,
            corrections: isInternal ? item.corrections.map { .init(at: $0.at, by: $0.by.name, text: $0.text) } : [],
            strike: isInternal ? item.strike.map { .init(at: $0.at, by: $0.by.name, reason: $0.reason) } : nil,
            warning: isInternal ? item.warning : nil)
    }

    /// The public wording: plain, with roles for people; nil for what the public version leaves out (internal notes,
    /// team and email messages, checklist steps, snoozes, the report's own editing and after-incident bookkeeping).
    func publicText(_ item: TimelineItem) -> String? {
        switch item.payload {
        case let .declared(_, priority, _, _): return "Incident declared at priority \(priority.rawValue)"
        case let .roleAssigned(role, _, previous, _, _):
            if role == .member { return "A team member joined" }
            return previous == nil ? "\(role.title) assigned" : "\(role.title) handed over"
        case let .entryLogged(kind, _):
            switch kind {
            case .note: return nil
            case .productionChange: return "A production change was made"
            case .action, .finding, .decision: return "\(kind.title): \(item.text)"
            }
        case let .commsSent(message):
            guard message.channel == .statuspage else { return nil }
            return "Status page update" + (message.status.map { " (\($0.rawValue))" } ?? "") + ": \(message.text)"
        case let .statuspageStatusChanged(status): return "Status page set to \(status.rawValue)"
        case let .escalationStepped(level, title, step, _): return "Escalation to \(title ?? level): \(step.rawValue)"
        case let .executiveAlertDecided(alert, _, _):
            return "The person reached decided \(alert ? "to alert" : "not to alert") the executive group"
        case .securityBreachSuspected: return "Security breach suspected; Information Assurance alerted"
        case .resolved: return "Resolved, decided with the product manager and the delivery manager"
        case let .downgraded(from, to, _, _, _):
            return "Priority lowered from \(from.rawValue) to \(to.rawValue), decided with the product manager and the delivery manager"
        case .reopened: return "Reopened"
        case let .keyTimeMarked(marker, _): return marker.title
        case let .supplierContacted(supplier, step, _): return "Supplier \(supplier): \(step.summary)"
        case .entryCorrected, .entryStruck, .stepCompleted, .commsReminderSnoozed, .reviewScheduled, .reviewHeld, .reportWritten,
             .reportPublished, .publicationWithheld, .closed, .reportTextWritten, .rootCauseWritten, .followUpAgreed, .stepSkipped:
            return nil
        }
    }
}
