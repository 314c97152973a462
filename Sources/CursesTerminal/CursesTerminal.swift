/// The real terminal: ncurses' wide-character API behind the `Terminal` protocol.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import ScreenGrid

/// A full-screen ncurses terminal. The only type in the app that calls curses; use it from
/// one thread (curses is not thread-safe), so it is not `Sendable`.
///
/// Locale: see `LocaleSetup` (UTF-8, C.UTF-8 fallback, or ASCII mode with
/// `capabilities.unicode == false`, where non-ASCII cells are shown as "?").
/// Colours: `NO_COLOR` (non-empty) or a terminal without colours gives `colorCount == 0`
/// and attributes only (a non-default background is shown as reverse video so selection
/// bars stay visible); with 8 colours bright foregrounds are shown as bold base colours;
/// with 256, `.indexed` colours are used as they are. Backgrounds default to the user's.
///
/// Signals: SIGTERM, SIGHUP, SIGINT and SIGQUIT (Ctrl-C, Ctrl-\: the terminal runs in cbreak mode) only
/// set `terminationSignal`; curses is never called from a signal handler. A signal wakes a
/// waiting `readKey`, which returns nil. The loop must check `terminationSignal` after each
/// `readKey`, then call `shutdown()` and exit (status 0 after SIGHUP: the terminal is gone,
/// and `shutdown()` then writes without blocking so it cannot hang). A terminal that hangs
/// up without a SIGHUP reaching the process is reported as SIGHUP too, instead of `readKey`
/// spinning on end-of-file. Signals go to the main thread (libdispatch worker threads block
/// them), so run the loop there for a waiting `readKey` to wake at once. SIGQUIT (Ctrl-\) ends
/// the console like SIGINT. SIGTSTP (Ctrl-Z) is caught too: `readKey` then gives the shell its
/// terminal back as `shutdown()` would (bracketed paste off, normal screen), stops, and after
/// SIGCONT sets its modes again and repaints. SIGWINCH is left to ncurses: a resize becomes
/// `KeyEvent.resize`.
public final class CursesTerminal: Terminal {
    public let capabilities: TerminalCapabilities

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let input: UnsafeMutablePointer<FILE>
    let output: UnsafeMutablePointer<FILE>
    private let ownsFiles: Bool
    /// Running inside tmux ($TMUX set): notifications go through tmux's passthrough.
    private let insideTmux: Bool
    /// False when `use_default_colors` failed: -1 cannot be used in colour pairs then.
    let defaultColorsAvailable: Bool
    var colorPairs: ColorPairs

    /// What the screen shows now, to write only changed cells; nil forces a full repaint.
    var presented: Grid?
    var cursor: Point?
    var cursorVisible = false
    /// The terminal hung up (input reports POLLHUP) without a SIGHUP reaching us.
    var terminalGone = false
    public private(set) var isShutDown = false
    /// The terminal reports clicks and the wheel (asked for, and the terminal type has a mouse).
    public let mouseEnabled: Bool
    /// Matches the bracketed-paste markers in what curses returns.
    var pasteParser = BracketedPasteParser()
    /// Keys already read and mapped but not yet returned (those that arrived with a paste or an ESC).
    var pendingKeys: [KeyEvent] = []

    /// Opens the console on the process's terminal (standard input and output).
    ///
    /// Throws `TerminalError` when TERM is unset, unknown or cannot address the cursor, or
    /// when standard input or output is not a terminal. Never exits the process.
    ///
    /// With `mouse`, the terminal reports clicks and the wheel (`KeyEvent.mouse`); selecting text then needs Shift held
    /// in most terminals, which is why it can be turned off.
    public convenience init(environment: [String: String], mouse: Bool = false) throws {
        guard let type = environment["TERM"], !type.isEmpty else { throw TerminalError.terminalTypeNotSet }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        try self.init(terminalType: type, input: cn_stdin(), output: cn_stdout(), ownsFiles: false,
                      environment: environment, mouse: mouse)
    }

    /// Opens a terminal of `terminalType` on files, for tests: `/dev/null` for both gives a
    /// headless screen whose content can be read back.
    convenience init(terminalType: String, inputPath: String, outputPath: String, environment: [String: String],
                     mouse: Bool = false) throws {
        guard let input = fopen(inputPath, "r") else { throw TerminalError.notATerminal }
        guard let output = fopen(outputPath, "w") else {
            fclose(input)
            throw TerminalError.notATerminal
        }
        try self.init(terminalType: terminalType, input: input, output: output, ownsFiles: true,
                      environment: environment, mouse: mouse)
    }

    private init(
        terminalType: String, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>,
        ownsFiles: Bool, environment: [String: String], mouse: Bool
    ) throws {
        let unicode = LocaleSetup.configure(environment: environment)
        TerminationSignals.install()
        guard let screen = newterm(terminalType, output, input), let window = cn_stdscr() else {
            Self.release(screen: nil, input: input, output: output, ownsFiles: ownsFiles)
            throw TerminalError.unknownTerminalType(terminalType)
        }
        guard Self.canAddressCursor() else {
            Self.release(screen: screen, input: input, output: output, ownsFiles: ownsFiles)
            throw TerminalError.unsupportedTerminalType(terminalType)
        }
        self.screen = screen
        self.window = window
        self.input = input
        self.output = output
        self.ownsFiles = ownsFiles
        insideTmux = !(environment["TMUX"] ?? "").isEmpty

        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        if mouse {
            // Presses, not clicks: no waiting to tell a click from a drag, so a click acts at once. Releases are asked
            // for too (and ignored): without them curses drops a press whose release arrives in the same read.
            mouseinterval(0)
            mouseEnabled = mousemask(cn_mouse_wanted() | cn_button1_released(), nil) != 0
        } else {
            mouseEnabled = false
        }

        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if !noColor, has_colors() {
            start_color()
            defaultColorsAvailable = use_default_colors() == OK
            capabilities = TerminalCapabilities(unicode: unicode, colorCount: Int(cn_colors()))
        } else {
            defaultColorsAvailable = false
            capabilities = TerminalCapabilities(unicode: unicode, colorCount: 0)
        }
        colorPairs = ColorPairs(limit: capabilities.colorCount > 0 ? Int(cn_color_pairs()) : 0) { pair, foreground, background in
            init_pair(pair, foreground, background)
        }
        // Bracketed paste: the terminal marks pasted text, so a paste split over several reads is still text,
        // not keys. Terminals without it ignore the mode.
        writeRaw(Self.enableBracketedPaste)
    }

    static let enableBracketedPaste = "\u{1B}[?2004h"
    static let disableBracketedPaste = "\u{1B}[?2004l"

    deinit {
        shutdown()
    }

    private static func canAddressCursor() -> Bool {
        guard let capability = tigetstr("cup") else { return false }
        return Int(bitPattern: capability) != -1  // -1: not a string capability
    }

    public var size: Size {
        Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// The termination signal received, or SIGHUP when the terminal hung up without one
    /// arriving (e.g. the shell that started us ignored SIGHUP): no key can come any more.
    public var terminationSignal: Int32? {
        TerminationSignals.pending ?? (terminalGone ? SIGHUP : nil)
    }

    public func invalidate() {
        guard !isShutDown else { return }
        presented = nil
        clearok(window, true)
    }

    public func bell() {
        guard !isShutDown else { return }
        beep()
    }

    /// Writes the notification escapes straight to the terminal after curses has flushed its
    /// output; terminals without support ignore unknown OSC sequences, so the screen stays intact.
    public func notify(title: String, body: String) {
        guard !isShutDown else { return }
        var text = NotificationEscape.sequences(title: title, body: body, insideTmux: insideTmux)
        if !capabilities.unicode { text = Glyphs.asciiFallback(text) }
        writeRaw(text)
    }

    /// Writes an escape sequence straight to the terminal, after what curses has buffered. Gives up on an
    /// error, so with a non-blocking descriptor (a hung-up terminal) it never waits.
    private func writeRaw(_ text: String) {
        fflush(output)
        let bytes = Array(text.utf8)
        let descriptor = fileno(output)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { break }
            offset += written
        }
    }

    /// Restores the terminal: cursor, modes and the screen the user had before. Idempotent;
    /// also run by `deinit`.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if terminationSignal == SIGHUP {
            // The terminal is gone: never block on writing the restore sequences.
            let descriptor = fileno(output)
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        // Left on, the shell would see pasted text wrapped in markers it may not understand.
        writeRaw(Self.disableBracketedPaste)
        // Left on, the shell would receive clicks as escape sequences.
        if mouseEnabled { mousemask(0, nil) }
        curs_set(1)
        Self.release(screen: screen, input: input, output: output, ownsFiles: ownsFiles)
    }

    /// After Ctrl-Z: restores the shell's terminal, stops until continued, then takes the terminal
    /// back and repaints everything on the next `present`. Returns false when no suspend was asked for.
    @discardableResult
    func suspendIfRequested() -> Bool {
        guard !isShutDown, TerminationSignals.takeSuspendRequest() else { return false }
        writeRaw(Self.disableBracketedPaste)
        curs_set(1)
        endwin()
        TerminationSignals.stopUntilContinued()
        // Continued: doupdate on the next present sets curses' modes and screen again.
        writeRaw(Self.enableBracketedPaste)
        curs_set(cursorVisible ? 1 : 0)
        presented = nil
        clearok(window, true)
        return true
    }

    /// Ends curses (when it started), gives the signals back and closes files this terminal opened.
    private static func release(screen: OpaquePointer?, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>,
                                ownsFiles: Bool) {
        if let screen {
            endwin()
            delscreen(screen)
        }
        TerminationSignals.restore()
        if ownsFiles {
            fclose(input)
            fclose(output)
        }
    }
}
