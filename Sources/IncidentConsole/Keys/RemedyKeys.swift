/// The core's remedies as the console says them: the key bound to the action that does it, or the `:` line's verb.
import IncidentCore

extension KeyTable {
    /// The console action that carries out `remedy`, if a key does.
    static func action(for remedy: Remedy) -> ConsoleAction? {
        switch remedy {
        case .declare: .declare
        case .assignRole: .roles
        case .sendComms, .finalUpdate: .comms
        case .escalate: .escalate
        case .resolve: .resolve
        case .reopen, .reportWritten, .reviewHeld, .publishReport: .postIncident
        case .skipStep, .confirm: nil
        }
    }

    /// How the key bound to `action` reads ("r"): as on the key bar when the action is on it (q rather than Ctrl-C
    /// for quit, ? for help), else the first binding's keys.
    public func keyLabel(for action: ConsoleAction) -> String? {
        bindings.first { $0.action == action && $0.inBar }?.barKeyLabel ?? bindings.first { $0.action == action }?.keyLabel
    }

    /// "r", or ":step ID --skip REASON" where no key does it, or "y" for a confirmation (asked as y/n).
    func remedyText(_ remedy: Remedy) -> String {
        if case .confirm = remedy { return keyLabel(for: .yes) ?? "y" }
        if let action = Self.action(for: remedy), let key = keyLabel(for: action) { return key }
        let verb = remedy.commandLine
        return ":" + (verb.hasPrefix("incident ") ? String(verb.dropFirst("incident ".count)) : verb)
    }

    /// A refusal as the console shows it: what, why, and what to do instead with its key.
    public func text(of refusal: Refusal) -> String {
        refusal.text { remedyText($0) }
    }
}
