/// One step of a dialog: what is asked, how it is answered, and the answer given.
import Foundation
public enum PromptInput: Sendable, Equatable {
    case text(TextField)
    case choice(ChoiceList)
    case multiChoice(ChoiceList)
    /// y or n; Enter takes the default.
    case confirm(defaultYes: Bool)
}

public struct Question: Sendable, Equatable {
    /// The dialog's title, e.g. "Log an action".
    public var title: String
    public var prompt: String
    public var input: PromptInput
    /// Lines shown under the prompt: hints, or warnings before a refusal.
    public var notes: [String]
    /// True when `notes` warn (drawn in the warning style).
    public var notesWarn: Bool

    public init(title: String, prompt: String, input: PromptInput, notes: [String] = [], notesWarn: Bool = false) {
        self.title = title
        self.prompt = prompt
        self.input = input
        self.notes = notes
        self.notesWarn = notesWarn
    }

    static func text(_ title: String, _ prompt: String, prefill: String = "", multiline: Bool = false,
                     notes: [String] = [], notesWarn: Bool = false) -> Question {
        Question(title: title, prompt: prompt, input: .text(TextField(prefill, multiline: multiline)), notes: notes, notesWarn: notesWarn)
    }

    static func choice(_ title: String, _ prompt: String, _ options: [ChoiceOption], selected: Int = 0,
                       notes: [String] = []) -> Question {
        Question(title: title, prompt: prompt, input: .choice(ChoiceList(options, selected: selected)), notes: notes)
    }

    static func confirm(_ title: String, _ prompt: String, defaultYes: Bool = false, notes: [String] = [],
                        notesWarn: Bool = false) -> Question {
        Question(title: title, prompt: prompt, input: .confirm(defaultYes: defaultYes), notes: notes, notesWarn: notesWarn)
    }
}

/// What the responder answered to a `Question`.
public enum Answer: Sendable, Equatable {
    case text(String)
    case choice(Int)
    case choices([Int])
    case confirm(Bool)

    var text: String? { if case let .text(value) = self { value } else { nil } }
    var choice: Int? { if case let .choice(value) = self { value } else { nil } }
    var confirmed: Bool { if case let .confirm(value) = self { value } else { false } }

    /// Trimmed text, nil when blank: for optional fields such as notes.
    var optionalText: String? {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
