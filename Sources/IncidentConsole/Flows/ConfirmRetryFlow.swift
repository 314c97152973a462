/// After a refusal that asks for a confirmation: ask y/n, and on y perform the command again with it given.
import IncidentCore

struct ConfirmRetryFlow: ConsoleFlow {
    let confirmed: Command
    let prompt: String
    let why: String

    /// Nil when the refused command cannot carry the confirmation asked for.
    init?(refused command: Command, needing confirmation: Refusal.Confirmation, refusal: Refusal) {
        why = refusal.why
        switch (command, confirmation) {
        case let (.backdated(inner, at), _):
            // A dated command is confirmed as it was dated.
            guard let retry = ConfirmRetryFlow(refused: inner, needing: confirmation, refusal: refusal) else { return nil }
            confirmed = .backdated(retry.confirmed, at: at)
            prompt = retry.prompt
        case let (.assignRole(role, person, _), .productionAccess):
            confirmed = .assignRole(role, person, productionAccessConfirmed: true)
            prompt = "Confirm \(person) has production access? y/n"
        case let (.handOverRole(role, person, _), .productionAccess):
            confirmed = .handOverRole(role, to: person, productionAccessConfirmed: true)
            prompt = "Confirm \(person) has production access? y/n"
        case let (.sendComms(request), .noComponents):
            var request = request
            request.confirmedNoNotification = true
            confirmed = .sendComms(request)
            prompt = "No components ticked: subscribers will NOT be notified. Send anyway? y/n"
        default:
            return nil
        }
    }

    func question(_ context: FlowContext) -> Question {
        .confirm("Confirm", prompt, notes: [why], notesWarn: true)
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        answer.confirmed ? .finish([.perform(confirmed)]) : .finish([])
    }
}
