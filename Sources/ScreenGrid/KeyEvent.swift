/// A key press as the console sees it, independent of the terminal library.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    case enter, escape, backspace, delete, tab, backTab
    case up, down, left, right, home, end, pageUp, pageDown
    /// The terminal changed size; read `Terminal.size` again.
    case resize
    /// A control key, as a lower-case letter: Ctrl-C is `.control("c")`.
    case control(Character)
    /// F1 is `.function(1)`.
    case function(Int)
    /// Text the terminal marked as pasted (bracketed paste), whole however many reads it took:
    /// it is text for a prompt, never keys to run. Line ends are "\n".
    case paste(String)
    /// A mouse button or the wheel, at a cell of the screen (only when mouse reporting is on).
    case mouse(MouseEvent)

    /// A short human label for key bars and help ("q", "Tab", "Shift-Tab", "Ctrl-C", "PgUp").
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .resize: "Resize"
        case .control(let character): "Ctrl-" + character.uppercased()
        case .function(let number): "F\(number)"
        case .paste: "paste"
        case .mouse: "mouse"
        }
    }
}

/// A click or a wheel turn at a screen cell (column `x`, row `y`, from 0 at the top left).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The left button went down (or clicked).
        case press
        case wheelUp, wheelDown
    }

    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
