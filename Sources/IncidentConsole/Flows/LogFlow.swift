/// Logs a timeline entry (action, finding, decision, production change, note) from one text prompt.
import IncidentCore

struct LogFlow: ConsoleFlow {
    var takesWhen: Bool { true }
    let kind: EntryKind

    func question(_ context: FlowContext) -> Question {
        let warning = kind == .productionChange ? Precheck.blocked(.productionChange, context) : nil
        return .text("Log \(kind.article) \(kind.title.lowercased())", kind.prompt, multiline: true,
                     notes: warning.map { [$0] } ?? [], notesWarn: warning != nil)
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        guard let text = answer.optionalText else {
            return .invalid("Type the \(kind.title.lowercased()) first, or press Esc to cancel.")
        }
        return .finish([.perform(.log(kind, text: text, at: nil))])
    }
}

extension EntryKind {
    var article: String { self == .action ? "an" : "a" }

    var prompt: String {
        switch self {
        case .action: "What was done?"
        case .finding: "What was found?"
        case .decision: "What was decided, and why?"
        case .productionChange: "What was changed in production?"
        case .note: "Note:"
        }
    }
}
