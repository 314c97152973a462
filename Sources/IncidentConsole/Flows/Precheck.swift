/// Asks the core, before anything is typed, whether it would take a command now: the console shows the refusal as
/// the record words it, and the record still decides when the command is sent.
import Foundation
import IncidentCore

enum Precheck {
    /// Why the record would refuse `command` now, as the one at this keyboard; nil when it would take it.
    static func refusal(_ command: Command, _ context: FlowContext) -> Refusal? {
        let decision = DecisionContext(now: context.now, actor: context.actor, playbook: context.playbook, makeEventID: { UUID() })
        if case let .failure(refusal) = decide(command, state: context.incident, context: decision) { return refusal }
        return nil
    }

    /// Why the record would refuse every command of `kind` now, as the console words it (the core's `precheck`).
    static func blocked(_ kind: CommandKind, _ context: FlowContext) -> String? {
        let decision = DecisionContext(now: context.now, actor: context.actor, playbook: context.playbook, makeEventID: { UUID() })
        return IncidentCore.precheck(kind, state: context.incident, context: decision).map { KeyTable.standard.text(of: $0) }
    }

    /// The refusal as a note under a question, or none.
    static func notes(_ command: Command, _ context: FlowContext) -> [String] {
        refusal(command, context).map { ["The record would refuse this now: \(KeyTable.standard.text(of: $0))"] } ?? []
    }
}
