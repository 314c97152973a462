/// Small rule builders for the key table: which modes a binding belongs to, and why it is off.
import IncidentCore

enum KeyRules {
    static func modes(_ modes: KeyMode...) -> @Sendable (KeyContext) -> Availability {
        { modes.contains($0.mode) ? .enabled : .hidden }
    }

    /// Only in the `:` command line (Tab completes there instead of moving to a "when" field).
    static let commandLine: @Sendable (KeyContext) -> Availability = { context in
        context.mode == .textPrompt && context.commandLine ? .enabled : .hidden
    }

    /// On the incident screen; `whyNot` returns the reason it is off, or nil when it works.
    static func incident(_ whyNot: @escaping @Sendable (KeyContext) -> String? = { _ in nil })
        -> @Sendable (KeyContext) -> Availability {
        { context in
            guard context.mode == .incident else { return .hidden }
            return whyNot(context).map(Availability.disabled) ?? .enabled
        }
    }

    /// On the incident screen, while the record would take a command of `kind` (its `precheck`), and `whyNot` has no
    /// objection of the screen's own (nothing to tick, no entry to amend).
    static func record(_ kind: CommandKind, _ whyNot: @escaping @Sendable (KeyContext) -> String? = { _ in nil })
        -> @Sendable (KeyContext) -> Availability {
        incident { $0.blocked[kind] ?? whyNot($0) }
    }
}
