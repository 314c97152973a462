/// Everything the command line prints goes through here: stored, typed or file text never reaches a terminal raw.
import Foundation
import ScreenGrid

/// The one way the `incident` executable writes text. Each function passes the text through
/// `TextSanitizer` (control characters, DEL, C1 and bidi controls become visible, newlines
/// are kept); JSON is first given `\uXXXX` escapes for those characters, so it stays valid
/// JSON with the same values. A test checks that no other `print` or standard-stream write
/// exists in the executable's sources.
enum Terminal {
    /// Control characters and escape sequences are shown escaped (`^[`), newlines kept.
    static func safe(_ text: String) -> String { TextSanitizer.sanitize(text, keepNewlines: true) }

    /// Writes `text` and a line break (or `terminator`) to standard output.
    static func out(_ text: String, terminator: String = "\n") {
        print(safe(text + terminator), terminator: "")
    }

    /// Writes JSON to standard output with a line break, escaping what a terminal would act on.
    static func json(_ json: String) {
        out(TextSanitizer.escapeJSON(json))
    }

    /// Writes `text` and a line break to standard error (after anything pending on standard output).
    static func err(_ text: String) {
        fflush(nil)
        FileHandle.standardError.write(Data(safe(text + "\n").utf8))
    }
}
