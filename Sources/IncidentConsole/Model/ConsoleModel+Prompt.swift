/// Keys inside a dialog: editing the text, moving through choices, answering, and moving the flow on.
import IncidentCore
import ScreenGrid

extension ConsoleModel {
    mutating func runPrompt(_ action: ConsoleAction, key: KeyEvent, snapshot: ConsoleSnapshot) -> [ConsoleEffect] {
        guard var dialog else { return [] }
        if action == .editWhen {
            toggleWhen(snapshot: snapshot)
            return []
        }
        if dialog.editingWhen, action != .cancel {
            // In the "when" field Enter goes back to the question: the dialog is answered there.
            if action == .accept {
                toggleWhen(snapshot: snapshot)
            } else {
                edit(&dialog.when, action)
                dialog.error = nil
                self.dialog = dialog
            }
            return []
        }
        switch (action, dialog.question.input) {
        case (.cancel, _):
            self.dialog = nil
            // Esc on a reopened dialog or on a y/n retry gives the text up: no later outcome may bring it back.
            submittedDialog = nil
            message = ConsoleMessage("Cancelled: nothing was recorded.", kind: .info)
            return []
        case (.accept, _):
            return submit(answer(to: dialog.question.input), snapshot: snapshot)
        case (.yes, .confirm):
            return submit(.confirm(true), snapshot: snapshot)
        case (.no, .confirm):
            return submit(.confirm(false), snapshot: snapshot)
        case (.selectNumber, .choice(var list)):
            guard case let .character(character) = key, let number = character.wholeNumberValue, list.select(number: number) else { return [] }
            return submit(.choice(list.selected), snapshot: snapshot)
        case (_, .choice(var list)):
            edit(&list, action)
            dialog.question.input = .choice(list)
        case (_, .multiChoice(var list)):
            edit(&list, action)
            dialog.question.input = .multiChoice(list)
        case (_, .text(var field)):
            edit(&field, action)
            dialog.question.input = .text(field)
        default:
            return []
        }
        dialog.error = nil
        self.dialog = dialog
        return []
    }

    private func answer(to input: PromptInput) -> Answer {
        switch input {
        case let .text(field): .text(field.text)
        case let .choice(list): .choice(list.selected)
        case let .multiChoice(list): .choices(list.tickedInOrder)
        case let .confirm(defaultYes): .confirm(defaultYes)
        }
    }

    private mutating func submit(_ answer: Answer, snapshot: ConsoleSnapshot) -> [ConsoleEffect] {
        guard var dialog else { return [] }
        let beforeAnswer = dialog
        let context = FlowContext(snapshot)
        switch dialog.flow.answer(answer, context) {
        case .next:
            // The "when" typed so far stays with the dialog through its questions, unless the step chosen takes its
            // own time (a review's date): then it is cleared, and the dialog says so rather than drop it unseen.
            dialog.question = dialog.flow.question(context)
            dialog.error = nil
            if !dialog.flow.takesWhen, !dialog.when.text.trimmingCharacters(in: .whitespaces).isEmpty {
                dialog.when = TextField()
                dialog.editingWhen = false
                dialog.error = "The when given is not used here: this step takes its own date."
            }
            self.dialog = dialog
            return []
        case let .invalid(reason):
            dialog.error = reason
            self.dialog = dialog
            return []
        case let .search(query):
            self.dialog = nil
            startSearch(query, snapshot: snapshot)
            return []
        case var .finish(effects):
            if dialog.flow.takesWhen {
                switch WhenField.time(dialog.when.text, context) {
                case let .invalid(problem, _):
                    // The answer stands; the time is fixed in the field, then Enter again.
                    var kept = beforeAnswer
                    kept.error = problem
                    kept.editingWhen = true
                    self.dialog = kept
                    return []
                case let .at(date):
                    effects = effects.map { $0.happened(at: date) }
                case .now:
                    break
                }
            }
            self.dialog = nil
            if effects.isEmpty { message = ConsoleMessage("Nothing was recorded.", kind: .info) }
            for case let .perform(command) in effects { lastPerformed = command }
            for case let .writeFile(path, contents, _) in effects { pendingFile = (path, contents) }
            for case let .commandLine(line) in effects { commandHistory.remember(line) }
            let recordsSomething = effects.contains { effect in
                switch effect {
                case .perform, .declare, .commandLine, .writeFile: true
                default: false
                }
            }
            // A y/n retry keeps the dialog the text was typed in: that is what a refusal should bring back.
            if !(dialog.flow is ConfirmRetryFlow) || !recordsSomething {
                submittedDialog = recordsSomething ? beforeAnswer : nil
            }
            return effects
        }
    }

    private func edit(_ list: inout ChoiceList, _ action: ConsoleAction) {
        switch action {
        case .selectNext: list.selectNext()
        case .selectPrevious: list.selectPrevious()
        case .toggle: list.toggleSelected()
        default: break
        }
    }

    private func edit(_ field: inout TextField, _ action: ConsoleAction) {
        switch action {
        case .cursorLeft: field.moveLeft()
        case .cursorRight: field.moveRight()
        case .cursorHome: field.moveHome()
        case .cursorEnd: field.moveEnd()
        case .deleteBackward: field.deleteBackward()
        case .deleteForward: field.deleteForward()
        case .clearText: field.clear()
        case .deleteWord: field.deleteWordBackward()
        default: break
        }
    }
}
