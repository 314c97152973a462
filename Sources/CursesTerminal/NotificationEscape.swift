/// Builds the desktop-notification escape sequences (OSC 9 and OSC 777) from sanitised text.
import ScreenGrid

enum NotificationEscape {
    /// `ESC ] 9 ; body BEL` (iTerm2, Windows Terminal, kitty…) followed by
    /// `ESC ] 777 ; notify ; title ; body BEL` (rxvt, foot, Ghostty…). Both parts are
    /// sanitised so no control character can end the sequence early, and ";" in the title
    /// becomes "," because OSC 777 separates its fields with ";".
    static func sequences(title: String, body: String) -> String {
        let safeTitle = String(TextSanitizer.sanitize(title).map { $0 == ";" ? "," : $0 })
        let safeBody = TextSanitizer.sanitize(body)
        let osc9Text = safeTitle.isEmpty ? safeBody : safeTitle + ": " + safeBody
        return "\u{1B}]9;\(osc9Text)\u{07}" + "\u{1B}]777;notify;\(safeTitle);\(safeBody)\u{07}"
    }
}
