/// Assigns or hands over a role: role choice, then the person's name, then (when the record would ask) whether the new
/// lead has production access.
import IncidentCore

struct RoleFlow: ConsoleFlow {
    var takesWhen: Bool { true }
    /// Process order: the roles the person on support fills first come first.
    static let roles: [Role] = [.lead, .comms, .support, .member, .productManager, .deliveryManager]
    var role: Role?
    /// Who held the role when it was chosen: another console may assign it while the name is being typed.
    var holderWhenChosen: Person?
    /// The name typed, while the record's question about their production access is asked: why it asks.
    var confirming: (name: String, why: String)?

    func question(_ context: FlowContext) -> Question {
        let state = context.incident
        if let confirming {
            return .confirm("Roles", "Confirm \(confirming.name) has production access? y/n", notes: [confirming.why])
        }
        guard let role else {
            let options = Self.roles.map { role in
                ChoiceOption(role.title, detail: role == .member
                    ? (state.members.isEmpty ? "none yet" : "\(state.members.count) on the team")
                    : state.holder(of: role).map { "now \($0)" } ?? "vacant")
            }
            let firstVacant = Self.roles.firstIndex { $0.isSingleHolder && state.holder(of: $0) == nil } ?? 0
            return .choice("Roles", "Assign or hand over which role?", options, selected: firstVacant)
        }
        var notes: [String] = []
        if role.isSingleHolder, let holder = state.holder(of: role) { notes.append("\(holder) holds it now: this hands it over.") }
        if role == .lead { notes.append("The lead must have production access.") }
        var prefill = ""
        if role == .comms {
            // Out of hours the person on the escalation rota may do comms: offered, typed in when the roster names one.
            let suggestion = CommsSuggestion(playbook: context.playbook, now: context.now)
            if suggestion.outOfHours {
                let who = suggestion.rotaPeople.isEmpty ? "find them: " + suggestion.rotaSteps.joined(separator: "; ")
                    : suggestion.rotaPeople.map(\.name).joined(separator: ", ")
                notes.append("Out of hours the person on the escalation rota may do comms (\(who)).")
                if state.holder(of: .comms) == nil, suggestion.rotaPeople.count == 1, let name = suggestion.suggested { prefill = name.name }
            }
        }
        return .text("Roles", "Who is \(role == .member ? "joining the team" : role.title.lowercased())? (name)", prefill: prefill, notes: notes)
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        guard let role else {
            let chosen = Self.roles[answer.choice ?? 0]
            role = chosen
            holderWhenChosen = context.incident.holder(of: chosen)
            return .next
        }
        if let asked = confirming {
            confirming = nil
            // No: back to the name, to choose someone with access.
            guard answer.confirmed else { return .next }
            return .finish([.perform(.assignRole(role, Person(asked.name), productionAccessConfirmed: true))])
        }
        guard let name = answer.optionalText else { return .invalid("Type the person's name, or press Esc to cancel.") }
        let holder = role.isSingleHolder ? context.incident.holder(of: role) : nil
        if let holder, holder != holderWhenChosen, holder != Person(name) {
            // Say so once; a second Enter hands it over knowingly.
            holderWhenChosen = holder
            return .invalid("\(holder) became \(role.title.lowercased()) meanwhile. Enter again hands it over from \(holder) to \(name); Esc cancels.")
        }
        let command = Command.assignRole(role, Person(name), productionAccessConfirmed: false)
        // The record asks to confirm an unlisted lead's production access: asked here, before it is sent.
        if let refusal = Precheck.refusal(command, context), refusal.reason == .needsConfirmation(.productionAccess) {
            confirming = (name, refusal.why)
            return .next
        }
        return .finish([.perform(command)])
    }
}
