/// The two questions a resolution and a downgrade both ask: the product and the delivery manager it was decided with.
import IncidentCore

enum ManagerQuestions {
    /// Asks for the manager in `role`, prefilled with who holds that role.
    static func question(_ role: Role, title: String, state: IncidentState, notes: [String] = [], notesWarn: Bool = false) -> Question {
        let prompt = role == .productManager ? "Decided with which product manager? (name)" : "And which delivery manager? (name)"
        return .text(title, prompt, prefill: state.holder(of: role)?.name ?? "", notes: notes, notesWarn: notesWarn)
    }

    /// What to say when no name was typed for `role`: the question stays open.
    static func missing(_ role: Role) -> FlowStep {
        .invalid("Type the \(role.title.lowercased())'s name, or press Esc to cancel.")
    }
}
