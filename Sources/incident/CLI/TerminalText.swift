/// Text printed by the CLI: stored text never reaches a terminal raw.
import Foundation
import ScreenGrid

enum Terminal {
    /// Control characters and escape sequences are shown escaped (`^[`), newlines kept.
    static func safe(_ text: String) -> String { TextSanitizer.sanitize(text, keepNewlines: true) }
}
