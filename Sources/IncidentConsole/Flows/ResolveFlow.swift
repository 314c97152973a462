/// Resolves the incident: product manager, delivery manager (prefilled with the role holders), note, confirmation.
import IncidentCore

struct ResolveFlow: ConsoleFlow {
    var takesWhen: Bool { true }
    enum Step { case productManager, deliveryManager, note, confirm }
    var step = Step.productManager
    var productManager = ""
    var deliveryManager = ""
    var note: String?

    func question(_ context: FlowContext) -> Question {
        let state = context.incident
        let title = "Resolve"
        switch step {
        case .productManager:
            let warning = Precheck.blocked(.resolve, context)
            return ManagerQuestions.question(.productManager, title: title, state: state,
                                             notes: warning.map { [$0] } ?? [], notesWarn: warning != nil)
        case .deliveryManager:
            return ManagerQuestions.question(.deliveryManager, title: title, state: state)
        case .note:
            return .text(title, "Note (optional, Enter to skip):")
        case .confirm:
            return .confirm(title, "Resolve now, decided with \(productManager) and \(deliveryManager)? y/N",
                            notes: ["The comms clock then asks for the final \"resolved\" tenant update."])
        }
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        switch step {
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
            note = answer.optionalText
            step = .confirm
            return .next
        case .confirm:
            guard answer.confirmed else { return .finish([]) }
            return .finish([.perform(.resolve(with: [Person(productManager), Person(deliveryManager)], note: note))])
        }
    }
}
