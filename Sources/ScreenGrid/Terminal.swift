/// What the console needs from a terminal; `CursesTerminal` is the real one, `FakeTerminal` the test one.

/// What a terminal can show.
public struct TerminalCapabilities: Hashable, Sendable {
    /// False when the locale is not UTF-8: draw with `Glyphs.ascii`; the terminal shows any
    /// other non-ASCII character as "?".
    public var unicode: Bool
    /// 0 (attributes only, e.g. with `NO_COLOR`), 8, 16 or 256.
    public var colorCount: Int

    public init(unicode: Bool, colorCount: Int) {
        self.unicode = unicode
        self.colorCount = colorCount
    }
}

/// A full-screen terminal, used from one thread or actor at a time (implementations are not
/// thread-safe and not `Sendable`).
///
/// The console's loop: draw a `Grid` of `size`, `present` it, `readKey` with a timeout of at
/// most a second, and after every call check `terminationSignal`; when it is set, call
/// `shutdown()` and exit.
public protocol Terminal: AnyObject {
    /// The current size in columns and rows; changes after `readKey` returns `.resize`.
    var size: Size { get }
    var capabilities: TerminalCapabilities { get }
    /// Set once SIGTERM, SIGHUP, SIGINT or SIGQUIT arrived: the console should save nothing more it
    /// cannot finish at once, call `shutdown()` and exit (status 0 for SIGHUP: the terminal
    /// is gone).
    var terminationSignal: Int32? { get }

    /// Shows `grid`, writing only what changed since the last `present` (everything after a
    /// resize or `invalidate()`). A grid of another size than `size` is clipped.
    func present(_ grid: Grid)
    /// The next key, or nil when none came within `timeoutMilliseconds` (or a signal arrived).
    /// A negative timeout waits without limit.
    func readKey(timeoutMilliseconds: Int) -> KeyEvent?
    /// Shows the text cursor at `position` (while a text prompt is active), or hides it (nil).
    /// Takes effect at once and is kept across `present` calls.
    func showCursor(at position: Point?)
    /// Makes the next `present` repaint the whole screen (for Ctrl-L after garbage appeared).
    func invalidate()
    func bell()
    /// A desktop notification (OSC 9 and OSC 777); title and body are sanitised.
    func notify(title: String, body: String)
    /// Restores the terminal (cursor, modes, screen). Safe to call more than once.
    func shutdown()
}
