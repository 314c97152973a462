/// Escape sequences curses hands over undecoded (its terminfo lacks them): each read whole, as one key or none.
import CNcurses

enum EscapeSequence {
    enum Step { case more, complete, notASequence }

    private static let escape: Int32 = 27, csi: Int32 = 91, ss3: Int32 = 79  // ESC, "[", "O"
    /// Longer than any key's sequence: given up as not a key.
    static let maximumLength = 16

    /// Whether `next`, after the codes `held` (which begin with ESC), continues a CSI (`ESC [`) or SS3 (`ESC O`)
    /// sequence, ends it, or shows the held codes were no sequence (a lone Esc, Alt-x, a control code inside).
    static func step(_ held: [RawKey], _ next: RawKey) -> Step {
        guard !next.isFunctionKey, held.count < maximumLength else { return .notASequence }
        let code = next.code
        if held.count == 1 { return code == csi || code == ss3 ? .more : .notASequence }
        if held[1].code == ss3 {
            if (0x30...0x3F).contains(code) { return .more }  // a modifier: ESC O 2 P is Shift-F1 on some terminals
            return (0x40...0x7E).contains(code) ? .complete : .notASequence
        }
        // The Linux console's F1-F5: ESC [ [ A ... ESC [ [ E.
        if held.count == 2, code == csi { return .more }
        if held.count == 3, held[2].code == csi { return (0x40...0x7E).contains(code) ? .complete : .notASequence }
        if (0x20...0x3F).contains(code) { return .more }  // parameters and intermediates
        return (0x40...0x7E).contains(code) ? .complete : .notASequence
    }

    /// The key a whole sequence stands for, as the code curses would have returned; nil for one with no key here.
    static func key(_ sequence: [RawKey]) -> RawKey? {
        guard sequence.count >= 3 else { return nil }
        let final = sequence[sequence.count - 1].code
        let function = { (number: Int32) in RawKey(cn_key_f(number), isFunctionKey: true) }
        if sequence[1].code == ss3 || (sequence.count == 4 && sequence[2].code == csi) {
            // SS3 P-S are F1-F4 (xterm, tmux); the Linux console's ESC [ [ A-E are F1-F5.
            if sequence[1].code == csi { return (65...69).contains(final) ? function(final - 64) : nil }
            if (80...83).contains(final) { return function(final - 79) }
            if final == 77 { return RawKey(KEY_ENTER, isFunctionKey: true) }  // the keypad's Enter
            return cursorKey(final)
        }
        let parameters = sequence[2..<(sequence.count - 1)].map { Character(Unicode.Scalar(UInt8(clamping: $0.code))) }
        let first = Int32(String(parameters.prefix { $0 != ";" })) ?? 1
        switch final {
        case 80...83: return function(final - 79)  // ESC [ 1 ; 2 P: a modified F1-F4
        case 126:  // "~"
            let tilde: [Int32: Int32] = [1: KEY_HOME, 7: KEY_HOME, 4: KEY_END, 8: KEY_END, 3: KEY_DC, 5: KEY_PPAGE, 6: KEY_NPAGE]
            if let code = tilde[first] { return RawKey(code, isFunctionKey: true) }
            // vt220 and rxvt: 11-15 are F1-F5, 17-21 F6-F10, 23-24 F11-F12.
            let numbers: [Int32] = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24]
            return numbers.firstIndex(of: first).map { function(Int32($0) + 1) }
        default: return cursorKey(final)
        }
    }

    private static func cursorKey(_ final: Int32) -> RawKey? {
        let keys: [Int32: Int32] = [65: KEY_UP, 66: KEY_DOWN, 67: KEY_RIGHT, 68: KEY_LEFT, 72: KEY_HOME, 70: KEY_END, 90: KEY_BTAB]
        return keys[final].map { RawKey($0, isFunctionKey: true) }
    }
}
