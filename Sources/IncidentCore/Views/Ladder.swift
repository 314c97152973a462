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
}

public struct Ladder: Sendable, Equatable {
    public var rotaSteps: [String]
    /// Information Assurance first (when a breach is suspected), then the levels in order, then the last resort.
    public var levels: [LadderLevel]
    public var nextStep: String
    public var fallbackRule: String
    public var executiveAlert: ExecutiveAlertDecision?
    public var executiveGroup: String

    public init(state: IncidentState, playbook: Playbook, now: Date) {
        let settings = playbook.escalation
        rotaSteps = settings.rotaSteps
        executiveAlert = state.executiveAlert
        executiveGroup = settings.executiveGroup
        let allUnavailable = settings.levels.allSatisfy { state.escalation[$0.id]?.step == .unavailable }
        fallbackRule = "If \(settings.levels.map(\.title).joined(separator: " and ")) are all unavailable, contact the \(settings.lastResort.title)."

        func level(_ def: EscalationLevelDefinition, _ kind: LadderLevel.Kind) -> LadderLevel {
            let status = state.escalation[def.id]
            let waited = status.map { now.seconds(since: $0.since) }
            let tooLong = status?.step == .contacting && (waited ?? 0) >= Double(settings.noAnswerMinutes) * 60
            return LadderLevel(id: def.id, title: def.title, kind: kind, status: status, waited: waited,
                               noAnswerTooLong: tooLong, isNext: false, available: kind != .lastResort || allUnavailable)
        }
        var levels = settings.levels.map { level($0, .regular) } + [level(settings.lastResort, .lastResort)]
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
        } else if let index = levels.firstIndex(where: { $0.available && $0.status?.step != .unavailable && $0.kind != .security }) {
            levels[index].isNext = true
            let target = levels[index]
            nextStep = target.status?.step == .contacting
                ? (target.noAnswerTooLong ? "No answer from \(target.title) for \(settings.noAnswerMinutes) min: record them unavailable and move on."
                                          : "Waiting for \(target.title): record reached or unavailable.")
                : "If the team cannot handle it: contact the \(target.title)."
        } else {
            nextStep = "Nobody beyond the team is available: keep trying, and record each attempt."
        }
        self.levels = levels
    }

    public var next: LadderLevel? { levels.first(where: \.isNext) }
}
