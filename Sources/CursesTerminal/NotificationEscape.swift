/// Builds the desktop-notification escape sequences (OSC 9 and OSC 777) from sanitised text.
import Foundation
import ScreenGrid

enum NotificationEscape {
    /// `ESC ] 9 ; body BEL` (iTerm2, Windows Terminal, kitty…) followed by
    /// `ESC ] 777 ; notify ; title ; body BEL` (rxvt, foot, Ghostty…). Both parts are
    /// sanitised so no control character can end the sequence early, and ";" in the title
    /// becomes "," because OSC 777 separates its fields with ";".
    ///
    /// Inside tmux (`insideTmux`) each sequence is wrapped for passthrough, because tmux does
    /// not forward OSC 9 or 777 itself; the outer terminal then receives it when tmux allows
    /// passthrough (`set -g allow-passthrough on`), and nothing shows otherwise.
    static func sequences(title: String, body: String, insideTmux: Bool = false) -> String {
        let safeTitle = String(TextSanitizer.sanitize(title).map { $0 == ";" ? "," : $0 })
        let safeBody = TextSanitizer.sanitize(body)
        let osc9Text = safeTitle.isEmpty ? safeBody : safeTitle + ": " + safeBody
        let plain = ["\u{1B}]9;\(osc9Text)\u{07}", "\u{1B}]777;notify;\(safeTitle);\(safeBody)\u{07}"]
        return plain.map { insideTmux ? tmuxPassthrough($0) : $0 }.joined()
    }

    /// `ESC P tmux; <sequence with every ESC doubled> ESC \`: tmux's passthrough envelope.
    static func tmuxPassthrough(_ sequence: String) -> String {
        "\u{1B}Ptmux;" + sequence.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    }
}
