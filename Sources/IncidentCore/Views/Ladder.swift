/// The escalation ladder: each level's state, how long it has waited, and the next step.
import Foundation

public struct LadderLevel: Sendable, Equatable, Identifiable {
    public enum Kind: Sendable, Equatable { case security, regular, lastResort }
    public var id: String
    public var title: String
    public var kind: Kind
    /// nil: not contacted.
    public var status: LevelStatus?
    /// How long since the level entered its current state.
    public var waited: TimeInterval?
    /// Contacting for longer than the playbook's no-answer time.
    public var noAnswerTooLong: Bool
    public var isNext: Bool
    /// For the last resort: whether the fallback rule allows contacting it yet.
    public var available: Bool
    /// Who holds the level and how to reach them (from the playbook).
    public var contacts: [LevelContact] = []
    /// While contacting: when an answer is due (the level's no-answer time after contact began).
    public var answerDueAt: Date?
    /// While contacting: calm, soon (within the reminders' warning time) or overdue, as the comms clock.
    public var urgency: CommsClock.Urgency = .none
    /// Not contacted, while a later level was: skipped (the later level's note says why).
    public var skipped = false
}

/// Who to call now on the ladder, and how.
public struct CallNow: Sendable, Equatable {
    public var levelID: String
    public var title: String
    public var contacts: [LevelContact]
    /// No contact with a phone or chat handle is known: look in the emergency-contacts document.
    public var contactsMissing: Bool
    /// Where the emergency contacts are kept (shown when contacts are missing).
    public var emergencyContactsDocument: String?
}

public struct Ladder: Sendable, Equatable {
    public var rotaSteps: [String]
    /// Information Assurance first (when a breach is suspected), then the levels in order, then the last resort.
    public var levels: [LadderLevel]
    public var nextStep: String
    public var fallbackRule: String
    public var executiveAlert: ExecutiveAlertDecision?
    /// Every decision of the executive group question, in order (a later one changes an earlier one).
    public var executiveDecisions: [ExecutiveAlertDecision]
    public var executiveGroup: String
    /// The level to call now (the next one, or the one being contacted), with contacts; nil when none.
    public var callNow: CallNow?
    /// Where the emergency contacts are kept.
    public var emergencyContactsDocument: String?
    /// The people on the escalation rota inside the team, from the roster, with their contacts.
    public var rotaPeople: [RosterEntry]

    public init(state: IncidentState, playbook: Playbook, now: Date) {
        let settings = playbook.escalation
        rotaSteps = settings.rotaSteps
        executiveAlert = state.executiveAlert
        executiveDecisions = state.executiveDecisions
        executiveGroup = settings.executiveGroup
        emergencyContactsDocument = playbook.emergencyContactsDocument
        rotaPeople = playbook.roster.filter(\.escalationRota)
        let allUnavailable = settings.levels.allSatisfy { state.escalation[$0.id]?.step == .unavailable }
        fallbackRule = "If \(settings.levels.map(\.title).joined(separator: " and ")) are all unavailable, contact the \(settings.lastResort.title)."

        func level(_ def: EscalationLevelDefinition, _ kind: LadderLevel.Kind) -> LadderLevel {
            let status = state.escalation[def.id]
            let waited = status.map { now.seconds(since: $0.since) }
            let limit = Double(settings.noAnswerMinutes(for: def)) * 60
            let tooLong = status?.step == .contacting && (waited ?? 0) >= limit
            var level = LadderLevel(id: def.id, title: def.title, kind: kind, status: status, waited: waited,
                                    noAnswerTooLong: tooLong, isNext: false, available: kind != .lastResort || allUnavailable,
                                    contacts: def.contacts)
            if let status, status.step == .contacting, state.phase == .active {
                let due = status.since.addingTimeInterval(limit)
                level.answerDueAt = due
                let left = due.seconds(since: now)
                level.urgency = left <= 0 ? .overdue : left <= Double(playbook.reminders.warnMinutesBefore) * 60 ? .soon : .calm
            }
            return level
        }
        var levels = settings.levels.map { level($0, .regular) } + [level(settings.lastResort, .lastResort)]
        if let lastContacted = settings.levels.lastIndex(where: { state.escalation[$0.id] != nil }) {
            for index in 0..<lastContacted where levels[index].status == nil { levels[index].skipped = true }
        }
        if state.securitySensitive { levels.insert(level(settings.securityContact, .security), at: 0) }

        let reached = levels.first { $0.kind != .security && $0.status?.step == .reached }
        if let security = levels.first(where: { $0.kind == .security }), security.status?.step != .reached {
            nextStep = "Alert \(security.title) now: a security breach is suspected."
            levels[0].isNext = true
        } else if state.phase == .resolved || state.phase == .closed {
            nextStep = "None: the incident is \(state.phase.rawValue)."
        } else if let reached {
            nextStep = state.executiveAlert == nil
                ? "\(reached.title) reached: they decide whether to alert the \(settings.executiveGroup); record the decision."
                : "Escalation done: \(reached.title) reached."
        } else if let index = levels.firstIndex(where: { $0.available && $0.status?.step != .unavailable && $0.kind != .security && !$0.skipped }) {
            levels[index].isNext = true
            let target = levels[index]
            nextStep = target.status?.step == .contacting
                ? (target.noAnswerTooLong ? "No answer from \(target.title) for \(settings.level(target.id).map(settings.noAnswerMinutes(for:)) ?? settings.noAnswerMinutes) min: record them unavailable and move on."
                                          : "Waiting for \(target.title): record reached or unavailable.")
                : "If the team cannot handle it: contact the \(target.title)."
        } else {
            nextStep = "Nobody beyond the team is available: keep trying, and record each attempt."
        }
        self.levels = levels
        if let target = levels.first(where: \.isNext), state.phase == .active {
            let reachable = target.contacts.contains { $0.details.canBeReached }
            callNow = CallNow(levelID: target.id, title: target.title, contacts: target.contacts, contactsMissing: !reachable,
                              emergencyContactsDocument: playbook.emergencyContactsDocument)
        }
    }

    /// Levels contacted without an answer for longer than their no-answer time: remind, as for comms.
    public var overdue: [LadderLevel] { levels.filter { $0.urgency == .overdue } }
    /// The most urgent waiting level's urgency (none when nobody is being contacted).
    public var urgency: CommsClock.Urgency { levels.map(\.urgency).max() ?? .none }

    public var next: LadderLevel? { levels.first(where: \.isNext) }
}
