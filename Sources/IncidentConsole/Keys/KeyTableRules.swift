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

    /// Correcting and striking out need an open incident and an entry that is not struck out yet.
    static func amendable(_ key: String) -> @Sendable (KeyContext) -> String? {
        { context in
            notClosed(key)(context) ?? (context.hasAmendableEntries ? nil : "\(key): no logged entry to amend yet.")
        }
    }

    /// Logging and the process steps work until the incident is closed.
    static func notClosed(_ key: String) -> @Sendable (KeyContext) -> String? {
        { $0.phase == .closed ? "\(key): the incident is closed; reopen it first (:reopen --reason ...)." : nil }
    }
}
