/// Text typed into a prompt but not yet submitted, so the run loop can keep it if the console is ended.
public struct UnsentDraft: Sendable, Equatable {
    /// The dialog it was typed into, such as "Log a finding".
    public var title: String
    public var text: String
}

extension ConsoleModel {
    public var unsentDraft: UnsentDraft? {
        guard let question, case let .text(field) = question.input,
              !field.text.allSatisfy({ $0.isWhitespace || $0.isNewline }) else { return nil }
        return UnsentDraft(title: question.title, text: field.text)
    }
}
