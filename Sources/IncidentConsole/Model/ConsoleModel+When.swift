/// The "when" field of a dialog that records something: Tab moves to it and back, and a time given there dates what
/// the dialog records (empty means now).
import Foundation
import IncidentCore

extension ConsoleModel {
    /// Tab: into the "when" field, or back to the question (checking the time on the way out: a time that cannot be
    /// taken keeps the cursor in the field, with why, so what is typed next corrects it rather than the text).
    mutating func toggleWhen(snapshot: ConsoleSnapshot) {
        guard var dialog, dialog.flow.takesWhen else { return }
        if dialog.editingWhen {
            if case let .invalid(problem, _) = WhenField.time(dialog.when.text, FlowContext(snapshot)) {
                dialog.error = problem
                self.dialog = dialog
                return
            }
            dialog.error = nil
            dialog.editingWhen = false
        } else {
            dialog.editingWhen = true
            dialog.error = nil
        }
        self.dialog = dialog
    }
}

enum WhenField {
    enum Reading: Equatable {
        case now
        case at(Date)
        /// Why the text is not a time; `readsAsTime`: it is one, but not one that can be taken (later than now, or
        /// a wall-clock time that could be today or yesterday).
        case invalid(String, readsAsTime: Bool = false)
    }

    /// The time typed, none (now), or why it is not a time.
    static func time(_ text: String, _ context: FlowContext) -> Reading {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return .now }
        guard let date = context.readTime.past(trimmed, context.now, context.timeZone) else {
            if let why = context.readTime.whyNotPast(trimmed, context.now, context.timeZone) {
                return .invalid("When: \(why)", readsAsTime: !why.contains("is not a time"))
            }
            return .invalid("When: \"\(trimmed)\" is not a time. Give 03:10, 15m ago or 2026-11-29T03:10:00Z, or leave it empty for now.")
        }
        return .at(date)
    }

    /// How the field reads under the question: what was typed and the time it means.
    static func reading(_ text: String, _ context: FlowContext) -> String {
        switch time(text, context) {
        case .now: "now"
        case let .at(date):
            "\(context.clockFormat.dayMonthTime(date)) (\(context.timeZone.identifier))"
        case let .invalid(_, readsAsTime): readsAsTime ? "not taken (Enter says why)" : "not a time yet"
        }
    }
}

extension ConsoleEffect {
    /// The effect as it happened at `date`: commands are dated as the CLI's `--at` dates them (`Command.happened(at:)`:
    /// an entry or a message in its own field, anything else back-dated), and so is a declaration; anything else is as it was.
    func happened(at date: Date) -> ConsoleEffect {
        switch self {
        case let .perform(command): .perform(command.happened(at: date))
        case let .declare(title, priority, security, _): .declare(title: title, priority: priority, securitySensitive: security, at: date)
        default: self
        }
    }
}
