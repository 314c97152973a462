/// Downgrades the priority: the new priority, the product and delivery managers it was decided with, a note.
import IncidentCore

struct DowngradeFlow: ConsoleFlow {
    enum Step { case priority, productManager, deliveryManager, note }
    var step = Step.priority
    let offered: [Priority]
    var priority = Priority.p4
    var productManager = ""
    var deliveryManager = ""
    var takesWhen: Bool { true }

    init(_ context: FlowContext) {
        offered = Priority.allCases.filter { $0 > context.incident.priority }
    }

    func question(_ context: FlowContext) -> Question {
        let state = context.incident
        let title = "Downgrade from \(state.priority.rawValue)"
        switch step {
        case .priority:
            let options = offered.map { priority in
                ChoiceOption(priority.rawValue, detail: context.playbook.priorities.first { $0.priority == priority }?.name)
            }
            let warning = Precheck.blocked(.downgrade, context)
            return .choice(title, offered.isEmpty ? "Nothing is lower than \(state.priority.rawValue)." : "Down to which priority?",
                           options, notes: warning.map { [$0] } ?? [])
        case .productManager:
            return ManagerQuestions.question(.productManager, title: title, state: state)
        case .deliveryManager:
            return ManagerQuestions.question(.deliveryManager, title: title, state: state)
        case .note:
            return .text(title, "Note (optional, Enter to skip):")
        }
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        switch step {
        case .priority:
            guard let index = answer.choice, offered.indices.contains(index) else { return .finish([]) }
            priority = offered[index]
            step = .productManager
            return .next
        case .productManager:
            guard let name = answer.optionalText else { return ManagerQuestions.missing(.productManager) }
            productManager = name
            step = .deliveryManager
            return .next
        case .deliveryManager:
            guard let name = answer.optionalText else { return ManagerQuestions.missing(.deliveryManager) }
            deliveryManager = name
            step = .note
            return .next
        case .note:
            return .finish([.perform(.downgrade(to: priority, with: [Person(productManager), Person(deliveryManager)],
                                                note: answer.optionalText))])
        }
    }
}
