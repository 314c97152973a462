/// The checklist of process steps with due and overdue marks, as the console shows it.
import Foundation

public struct ChecklistItem: Sendable, Equatable, Identifiable {
    public enum Status: Sendable, Equatable {
        case done, open
        /// Due at once and inside the playbook's grace minutes: amber "due now", not yet an alarm.
        case dueNow
        case overdue
        /// An after-resolution step while the incident is still active.
        case later
    }
    public var id: String
    public var title: String
    public var owner: Role
    public var stage: StepStage
    public var dueAt: Date?
    public var status: Status
    public var completion: StepCompletion?
}

public struct Checklist: Sendable, Equatable {
    public var items: [ChecklistItem]

    public init(state: IncidentState, playbook: Playbook, now: Date) {
        var definitions = playbook.checklist
        if state.securitySensitive, !definitions.contains(where: { $0.id == StepID.alertInformationAssurance }) {
            // Information Assurance comes first once a breach is suspected.
            definitions.insert(Playbook.alertInformationAssuranceStep, at: 0)
        }
        items = definitions.map { step in
            let completion = state.completedSteps[step.id]
            let dueAt = Self.dueTime(of: step, state: state, playbook: playbook)
            let status: ChecklistItem.Status
            if completion != nil {
                status = .done
            } else if step.stage == .afterResolution, state.resolution == nil {
                status = .later
            } else if Self.alarmsOff(for: step, state: state) {
                status = .open
            } else if let dueAt, dueAt <= now {
                let overdueAt = step.due == .atOnce ? playbook.reminders.overdueAt(dueAtOnce: dueAt) : dueAt
                status = overdueAt <= now ? .overdue : .dueNow
            } else {
                status = .open
            }
            return ChecklistItem(id: step.id, title: step.title, owner: step.owner, stage: step.stage, dueAt: dueAt,
                                 status: status, completion: completion)
        }
    }

    /// Once resolved, set-up and response steps no longer raise alarms (Information Assurance
    /// still does, until closed); once closed, nothing does.
    static func alarmsOff(for step: ChecklistStepDefinition, state: IncidentState) -> Bool {
        if state.phase == .closed { return true }
        return state.resolution != nil && step.stage != .afterResolution && step.id != StepID.alertInformationAssurance
    }

    static func dueTime(of step: ChecklistStepDefinition, state: IncidentState, playbook: Playbook) -> Date? {
        switch (step.due, step.stage) {
        case (.none, _): nil
        case (.atOnce, .afterResolution): state.resolution?.at
        case (.atOnce, _): step.id == StepID.alertInformationAssurance ? state.securitySuspectedAt : state.declaredAt
        case let (.daysAfterResolution(days), _): state.resolution.map { $0.at.addingTimeInterval(Double(days) * 86_400) }
        }
    }

    /// The steps that keep an incident from closing: every step of the checklist (set-up, comms, response and
    /// after-resolution alike, and Information Assurance when a breach is suspected) neither done nor skipped.
    public static func openBeforeClosing(state: IncidentState, playbook: Playbook) -> [ChecklistStepDefinition] {
        var definitions = playbook.checklist
        if state.securitySensitive, !definitions.contains(where: { $0.id == StepID.alertInformationAssurance }) {
            definitions.insert(Playbook.alertInformationAssuranceStep, at: 0)
        }
        return definitions.filter { state.completedSteps[$0.id] == nil }
    }

    /// This checklist's steps that keep the incident from closing (see ``openBeforeClosing(state:playbook:)``).
    public var blockingClose: [ChecklistItem] { items.filter { $0.completion == nil } }
    /// Steps skipped with a reason (`completion.skipReason`).
    public var skipped: [ChecklistItem] { items.filter { $0.completion?.skipped == true } }

    public var open: [ChecklistItem] { items.filter { $0.status == .open || $0.status == .dueNow || $0.status == .overdue } }
    public var overdue: [ChecklistItem] { items.filter { $0.status == .overdue } }
    /// Steps due at once and still inside the grace minutes.
    public var dueNow: [ChecklistItem] { items.filter { $0.status == .dueNow } }
    /// Open steps that are ticked by hand (the rest are done by recording the thing itself).
    public var tickable: [ChecklistItem] { open.filter { StepID.recordedByTheirOwnCommand[$0.id] == nil } }
    public func stage(_ stage: StepStage) -> [ChecklistItem] { items.filter { $0.stage == stage } }
}
