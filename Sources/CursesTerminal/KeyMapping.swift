/// Turns what `wget_wch` returns into a `KeyEvent` (pure, so it is tested without a terminal).
import CNcurses
import ScreenGrid

public enum KeyMapping {
    /// `code` is the value `wget_wch` stored; `isFunctionKey` is true when it returned
    /// `KEY_CODE_YES`. Nil for keys the console has no use for (mouse, insert, C1 codes…).
    public static func map(code: Int32, isFunctionKey: Bool) -> KeyEvent? {
        isFunctionKey ? mapFunctionKey(code) : mapCharacter(code)
    }

    private static func mapFunctionKey(_ code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        case cn_key_f(1)...cn_key_f(63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    private static func mapCharacter(_ code: Int32) -> KeyEvent? {
        switch code {
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 0: return .control("@")  // Ctrl-Space and Ctrl-@
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))  // Ctrl-A → "a"
        case 28...31: return .control(Character(Unicode.Scalar(UInt8(code) + 0x40)))  // Ctrl-\ ] ^ _
        case 0x80...0x9F: return nil  // C1 controls are not keys
        default:
            guard code > 31, let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
            return .character(Character(scalar))
        }
    }
}
