/// Text printed by the CLI: stored text never reaches a terminal raw.
import Foundation
import IncidentApp
import IncidentCore
import ScreenGrid

enum Terminal {
    /// Control characters and escape sequences are shown escaped (`^[`), newlines kept.
    static func safe(_ text: String) -> String { TextSanitizer.sanitize(text, keepNewlines: true) }
}

extension AppError {
    /// The same error (same exit code) with its message safe to print: refusals and usage messages
    /// quote stored text, such as incident titles and people's names, which may hold escape sequences.
    var terminalSafe: AppError {
        switch self {
        case let .usage(message):
            return .usage(Terminal.safe(message))
        case var .refused(refusal):
            refusal.what = Terminal.safe(refusal.what)
            refusal.why = Terminal.safe(refusal.why)
            refusal.instead = Terminal.safe(refusal.instead)
            return .refused(refusal)
        case .store:
            return self
        }
    }
}
