/// How the console's own texts name a key: always from the key table, so a rebound key cannot leave a stale hint.
import IncidentCore

enum KeyHint {
    /// The key bound to `action` in the standard table ("c").
    static func key(_ action: ConsoleAction) -> String {
        KeyTable.standard.keyLabel(for: action) ?? ":"
    }

    /// How to do a checklist step from the console: "press r", "type :report written", "press x when done".
    static func forStep(_ step: String) -> String {
        if step == StepID.alertInformationAssurance { return "press \(key(.escalate))" }
        guard let remedy = StepID.recordedByTheirOwnCommand[step] else { return "press \(key(.stepDone)) when done" }
        let text = KeyTable.standard.remedyText(remedy)
        return text.hasPrefix(":") ? "type \(text)" : "press \(text)"
    }
}
