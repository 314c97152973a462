/// Records an escalation step (level, then contacting/reached/unavailable, then a note), or the executive-group decision.
import IncidentCore

struct EscalationFlow: ConsoleFlow {
    var takesWhen: Bool { true }
    enum Step { case level, step, note, executiveAlert, executiveDecidedBy, executiveNote }
    /// The ladder's levels when the flow started, so an index keeps meaning the same level.
    let levels: [LadderLevel]
    let executiveGroup: String
    let offersExecutiveDecision: Bool
    var step = Step.level
    var levelIndex = 0
    var escalationStep = EscalationStep.contacting
    var alert = false
    var decidedBy = ""

    init(_ context: FlowContext) {
        let ladder = Ladder(state: context.incident, playbook: context.playbook, now: context.now)
        levels = ladder.levels
        executiveGroup = ladder.executiveGroup
        offersExecutiveDecision = ladder.executiveAlert == nil
            && ladder.levels.contains { $0.kind != .security && $0.status?.step == .reached }
        levelIndex = ladder.levels.firstIndex(where: \.isNext) ?? 0
    }

    func question(_ context: FlowContext) -> Question {
        let title = "Escalation"
        let clock = context.clockFormat
        switch step {
        case .level:
            var options = levels.map { ChoiceOption($0.title, detail: LadderText.status(of: $0, clock: clock)) }
            if offersExecutiveDecision { options.append(ChoiceOption("\(executiveGroup): record the decision")) }
            return .choice(title, "Which level?", options, selected: levelIndex)
        case .step:
            let level = levels[levelIndex]
            let options = EscalationStep.allCases.map { ChoiceOption($0.rawValue) }
            let suggested: EscalationStep = level.status?.step == .contacting ? .reached : .contacting
            return .choice(title, "\(level.title):", options, selected: EscalationStep.allCases.firstIndex(of: suggested) ?? 0)
        case .note:
            return .text(title, "Note (optional, Enter to skip):")
        case .executiveAlert:
            return .confirm(title, "Did they decide to alert the \(executiveGroup)? y/n", defaultYes: false)
        case .executiveDecidedBy:
            return .text(title, "Who decided? (name)")
        case .executiveNote:
            return .text(title, "Note (optional, Enter to skip):")
        }
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        switch step {
        case .level:
            let index = answer.choice ?? 0
            if index >= levels.count {
                step = .executiveAlert
            } else {
                levelIndex = index
                step = .step
            }
            return .next
        case .step:
            escalationStep = EscalationStep.allCases[answer.choice ?? 0]
            step = .note
            return .next
        case .note:
            return .finish([.perform(.escalate(level: levels[levelIndex].id, step: escalationStep, note: answer.optionalText))])
        case .executiveAlert:
            alert = answer.confirmed
            step = .executiveDecidedBy
            return .next
        case .executiveDecidedBy:
            guard let name = answer.optionalText else { return .invalid("Type who decided, or press Esc to cancel.") }
            decidedBy = name
            step = .executiveNote
            return .next
        case .executiveNote:
            return .finish([.perform(.decideExecutiveAlert(alert: alert, decidedBy: Person(decidedBy), note: answer.optionalText))])
        }
    }
}
