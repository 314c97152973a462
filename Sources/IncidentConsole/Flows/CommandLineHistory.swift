/// The `:` line's history (Up and Down recall the lines typed in this console, newest first) and its Tab completion.
import IncidentCore
import ScreenGrid

/// The lines run from the `:` line in this console, oldest first; a line run twice in a row is kept once.
struct CommandLineHistory: Sendable {
    static let limit = 200
    private(set) var lines: [String] = []

    mutating func remember(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, lines.last != trimmed else { return }
        lines.append(trimmed)
        if lines.count > Self.limit { lines.removeFirst(lines.count - Self.limit) }
    }

    /// The line `back` steps from the newest (0 is the newest), if there is one.
    func line(back: Int) -> String? {
        back >= 0 && back < lines.count ? lines[lines.count - 1 - back] : nil
    }
}

extension ConsoleModel {
    /// Up (`earlier`) or Down in the `:` line: shows an earlier or a later line; Down past the newest brings back what
    /// was being typed.
    mutating func recallCommandLine(earlier: Bool) {
        guard var dialog, var flow = dialog.flow as? CommandLineFlow, case let .text(field) = dialog.question.input else { return }
        let target = earlier ? (flow.recalled ?? -1) + 1 : (flow.recalled ?? 0) - 1
        let text: String
        if target < 0 {
            guard flow.recalled != nil else { return }
            text = flow.draft
            flow.recalled = nil
        } else {
            guard let line = commandHistory.line(back: target) else { return }
            if flow.recalled == nil { flow.draft = field.text }
            flow.recalled = target
            text = line
        }
        dialog.flow = flow
        dialog.question.input = .text(TextField(text))
        dialog.question.notes = [CommandLineFlow.hint]
        dialog.error = nil
        self.dialog = dialog
    }

    /// Tab in the `:` line: completes the word before the cursor; with several matches, as far as they agree, and
    /// lists them under the prompt.
    mutating func completeCommandLine(snapshot: ConsoleSnapshot) {
        guard var dialog, dialog.flow is CommandLineFlow, case let .text(field) = dialog.question.input else { return }
        let before = String(field.characters.prefix(field.cursor))
        let after = String(field.characters.dropFirst(field.cursor))
        let result = CommandLineCompletion.complete(before, state: snapshot.incident, playbook: snapshot.playbook)
        var completed = TextField(result.text + after)
        for _ in after { completed.moveLeft() }
        dialog.question.input = .text(completed)
        dialog.error = nil
        if result.candidates.isEmpty {
            dialog.question.notes = [result.text == before ? "Nothing to complete here." : CommandLineFlow.hint]
        } else {
            dialog.question.notes = [result.candidates.joined(separator: "  ")]
        }
        self.dialog = dialog
    }

    /// Any key but Tab in the `:` line: the matches listed by the last Tab no longer apply.
    mutating func forgetCompletions(unless key: KeyEvent) {
        guard key != .tab, dialog?.flow is CommandLineFlow, dialog?.question.notes != [CommandLineFlow.hint] else { return }
        dialog?.question.notes = [CommandLineFlow.hint]
    }
}
