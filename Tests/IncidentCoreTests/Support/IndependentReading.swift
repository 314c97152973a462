/// A second, deliberately simple reading of an event log, written apart from `apply`, to check it against.
import Foundation
@testable import IncidentCore

/// The facts of an incident that the process turns on, read either from the state or straight from the log.
struct ProcessFacts: Equatable {
    var phase = IncidentPhase.none
    var priority: Priority?
    var securitySensitive = false
    var holders: [Role: Person] = [:]
    var members: [Person] = []
    var statuspageStatus: StatuspageStatus?
    /// When the latest Statuspage update happened (a back-dated one may be older than the one before).
    var lastTenantUpdateAt: Date?
    var resolvedWith: [Person]?
    var reviewHeld = false
    var reportWritten = false
    var published = false
    var withheld = false
    var doneSteps: Set<String> = []
    var timelineLines = 0
    var struck: Set<UUID> = []
    var corrections = 0
    var lastSequence = 0

    /// The facts that differ, as "name: here | there" lines (sets and dictionaries printed sorted).
    func differences(from other: ProcessFacts) -> String {
        func text(_ value: Any) -> String {
            if let set = value as? Set<String> { return "\(set.sorted())" }
            if let set = value as? Set<UUID> { return "\(set.map(\.uuidString).sorted())" }
            if let roles = value as? [Role: Person] { return "\(roles.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)=\($0.value)" })" }
            return "\(value)"
        }
        return zip(Mirror(reflecting: self).children, Mirror(reflecting: other).children)
            .filter { text($0.value) != text($1.value) }
            .map { "\($0.label ?? "?"): \(text($0.value)) | \(text($1.value))" }
            .joined(separator: "\n")
    }

    init(state: IncidentState) {
        phase = state.phase
        priority = state.phase == .none ? nil : state.priority
        securitySensitive = state.securitySensitive
        holders = state.roles.mapValues(\.person)
        members = state.members.map(\.person)
        statuspageStatus = state.comms.statuspageStatus
        lastTenantUpdateAt = state.comms.lastTenantUpdate?.at
        resolvedWith = state.resolution.map { [$0.productManager, $0.deliveryManager] }
        reviewHeld = state.post.reviewHeldAt != nil
        reportWritten = state.post.reportWrittenAt != nil
        published = state.post.publishedAt != nil
        withheld = state.post.withheldReason != nil
        doneSteps = Set(state.completedSteps.keys)
        timelineLines = state.timeline.count
        struck = Set(state.timeline.filter { $0.strike != nil }.map(\.id))
        corrections = state.timeline.map(\.corrections.count).reduce(0, +)
        lastSequence = state.lastSequence
    }

    /// Reads the log event by event, following the process description rather than `apply`.
    init(reading log: [Event]) {
        var lines = Set<UUID>()
        for event in log {
            lastSequence = event.sequence
            switch event.payload {
            case .entryCorrected, .entryStruck: break
            default: timelineLines += 1; lines.insert(event.id)
            }
            switch event.payload {
            case let .declared(_, priority, security, support):
                phase = .active; self.priority = priority; securitySensitive = security; holders[.support] = support
            case let .roleAssigned(.member, person, _, _, _):
                if !members.contains(person) { members.append(person) }
            case let .roleAssigned(role, person, _, _, _):
                holders[role] = person
                if role == .lead { doneSteps.insert(StepID.nominateLead) }
                if role == .comms { doneSteps.insert(StepID.nominateComms) }
            case let .entryCorrected(entry, _):
                if lines.contains(entry) { corrections += 1 }
            case let .entryStruck(entry, _):
                if lines.contains(entry) { struck.insert(entry) }
            case let .commsSent(message):
                if message.channel == .team { doneSteps.insert(StepID.tellTeamChannel) }
                if message.channel == .statuspage {
                    doneSteps.insert(StepID.createStatuspageIncident)
                    lastTenantUpdateAt = max(lastTenantUpdateAt ?? event.occurredAt, event.occurredAt)
                    if let status = message.status { statuspageStatus = status }
                    if message.status == .resolved, phase == .resolved { doneSteps.insert(StepID.finalTenantUpdate) }
                }
            case let .statuspageStatusChanged(status):
                statuspageStatus = status
                if status == .resolved, phase == .resolved { doneSteps.insert(StepID.finalTenantUpdate) }
            case .securityBreachSuspected: securitySensitive = true
            case let .resolved(pm, dm, _): phase = .resolved; resolvedWith = [pm, dm]
            case let .downgraded(_, to, _, _, _): priority = to
            case .reopened:
                phase = .active; resolvedWith = nil
                // Everything done after the resolution is due again.
                doneSteps.subtract([StepID.finalTenantUpdate, StepID.statusPageOperational, StepID.writeReport, StepID.holdReview,
                                    StepID.publishReport])
                reviewHeld = false; reportWritten = false; published = false; withheld = false
            case let .stepCompleted(step, _): doneSteps.insert(step)
            case let .stepSkipped(step, _): doneSteps.insert(step)
            case .reviewHeld: reviewHeld = true; doneSteps.insert(StepID.holdReview)
            case .reportWritten: reportWritten = true; doneSteps.insert(StepID.writeReport)
            case .reportPublished: published = true; doneSteps.insert(StepID.publishReport)
            case .publicationWithheld: withheld = true; doneSteps.insert(StepID.publishReport)
            case .closed: phase = .closed
            case .entryLogged, .escalationStepped, .executiveAlertDecided, .commsReminderSnoozed, .reviewScheduled: break
            case .keyTimeMarked, .reportTextWritten, .rootCauseWritten, .followUpAgreed, .supplierContacted: break
            }
        }
    }
}
