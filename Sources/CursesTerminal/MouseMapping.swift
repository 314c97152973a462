/// Turns what `getmouse` reports into a `MouseEvent` (pure, so it is tested without a terminal).
import CNcurses
import ScreenGrid

public enum MouseMapping {
    /// The `bstate` bits of a curses mouse event at column `x`, row `y`: a left press or click, or a wheel turn
    /// (buttons 4 and 5). Nil for anything else (a release, the middle or right button, a position off the screen).
    public static func map(x: Int32, y: Int32, buttons: mmask_t) -> MouseEvent? {
        guard x >= 0, y >= 0 else { return nil }
        let kind: MouseEvent.Kind
        if buttons & cn_button4_pressed() != 0 {
            kind = .wheelUp
        } else if buttons & cn_button5_pressed() != 0 {
            kind = .wheelDown
        } else if buttons & (cn_button1_pressed() | cn_button1_clicked()) != 0 {
            kind = .press
        } else {
            return nil
        }
        return MouseEvent(x: Int(x), y: Int(y), kind: kind)
    }
}
