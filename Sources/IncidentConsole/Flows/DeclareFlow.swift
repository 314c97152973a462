/// Declares an incident: title, then priority (playbook default preselected), then "security incident?".
import IncidentCore

struct DeclareFlow: ConsoleFlow {
    enum Step { case title, priority, security }
    var step = Step.title
    var title = ""
    var priority = Priority.p1
    var takesWhen: Bool { true }

    func question(_ context: FlowContext) -> Question {
        // Once the title is given it heads the dialog, so it stays in view if the declaration is refused.
        let heading = step == .title ? "Declare an incident" : "Declare: \(title)"
        switch step {
        case .title:
            return .text(heading, "Title: what is broken, for whom?")
        case .priority:
            let options = Priority.allCases.map { priority in
                let policy = context.playbook.priorities.first { $0.priority == priority }
                return ChoiceOption(priority.rawValue + (policy.map { " " + $0.name } ?? ""),
                                    detail: policy.map { "start work within \($0.startWorkWithin)" })
            }
            let preselected = Priority.allCases.firstIndex(of: context.playbook.defaultPriority) ?? 0
            return .choice(heading, "Priority (default \(context.playbook.defaultPriority.rawValue)):", options, selected: preselected)
        case .security:
            return .confirm(heading, "Security incident? y/N",
                            notes: ["A security incident alerts Information Assurance first, and its report is not published by default."])
        }
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        switch step {
        case .title:
            guard let text = answer.optionalText else { return .invalid("Type a title first, or press Esc to cancel.") }
            title = text
            step = .priority
            return .next
        case .priority:
            priority = Priority.allCases[answer.choice ?? 0]
            step = .security
            return .next
        case .security:
            return .finish([.declare(title: title, priority: priority, securitySensitive: answer.confirmed, at: nil)])
        }
    }
}
