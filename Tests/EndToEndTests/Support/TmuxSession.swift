/// Drives a command in a private tmux server: type keys, read the screen, wait for text or exit.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TestSupport

/// One command running in its own tmux server (`tmux -L <unique socket>`), so tests can run
/// in parallel and never touch the user's tmux. Needs only `tmux` on PATH: no terminal, no
/// stdin (works under `swift test </dev/null`, as root in CI).
///
/// The pane stays after the command exits (`remain-on-exit`), so its last screen and exit
/// status can still be read; tmux then prints "Pane is dead (status N, …)" on the bottom
/// line, scrolling the screen up one line. The status line is off: the pane is the full
/// `width` × `height`. Not thread-safe: use one session from one test.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let socketName: String
    private(set) var socketPath: String?
    private let target = "main"
    private var isKilled = false
    /// Where tmux's output is captured, one call at a time.
    private let scratchFolder: String

    /// Starts `command` (argv, run directly, no shell) in a `width` × `height` pane.
    ///
    /// The command runs under `env`, with TERM=tmux-256color and LANG=C.UTF-8 unless
    /// `environment` says otherwise; every `environment` entry is passed. The rest of the
    /// environment is inherited from the test process (tmux's own TMUX variables removed).
    init(
        command: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
        workingDirectory: String? = nil
    ) throws {
        precondition(!command.isEmpty, "TmuxSession needs a command")
        socketName = "incident-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        scratchFolder = FileManager.default.temporaryDirectory.appendingPathComponent(socketName).path
        try FileManager.default.createDirectory(atPath: scratchFolder, withIntermediateDirectories: true)
        var variables = ["TERM": "tmux-256color", "LANG": "C.UTF-8"]
        variables.merge(environment) { _, given in given }
        let argv = ["env"] + variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + command
        var arguments = [
            "set-option", "-g", "remain-on-exit", "on", ";",
            "set-option", "-g", "status", "off", ";",
            "set-option", "-g", "history-limit", "1000", ";",
            "new-session", "-d", "-s", target, "-x", String(width), "-y", String(height),
        ]
        if let workingDirectory { arguments += ["-c", workingDirectory] }
        arguments += ["--"] + argv.map(Self.escapingTrailingSemicolon)
        try tmux(arguments)
        socketPath = try? tmux(["display-message", "-p", "-t", target, "#{socket_path}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit {
        kill()
    }

    // MARK: Input

    /// Sends keys in order. Named keys go as tmux key names: "Enter", "Escape", "Tab",
    /// "BTab" (Shift-Tab), "BSpace", "DC" (Delete), "Space", "Up", "Down", "Left", "Right",
    /// "Home", "End", "PPage"/"PageUp", "NPage"/"PageDown", "F1"…"F12", and "C-x"/"M-x"
    /// (Ctrl/Alt + key, e.g. "C-c"). Anything else is typed literally (`send-keys -l`); use
    /// `type(_:)` to type text that looks like a key name.
    func sendKeys(_ keys: String...) {
        for key in keys {
            if Self.isKeyName(key) {
                _ = try? tmux(["send-keys", "-t", target, key])
            } else {
                type(key)
            }
        }
    }

    /// Types `text` literally.
    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Resizes the pane (as a terminal window resize: the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    // MARK: Output

    /// The visible screen as text, one line per row (tmux trims trailing spaces; a wide
    /// character is one character but two columns).
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    /// The visible screen with colours and attributes as SGR escape sequences (`-e`).
    func captureWithColours() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", target])
    }

    /// Polls the screen until it contains `text`; returns that screen. Fails early if the
    /// command exits without showing it.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitUntil("screen contains \(text.debugDescription)", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen until it contains every one of `texts`; returns that screen. A
    /// terminal repaints in pieces, so a test that checks several parts of one screen waits
    /// for all of them rather than for the first to appear.
    @discardableResult
    func waitForAll(_ texts: [String], timeout: Duration = .seconds(10)) throws -> String {
        try waitUntil("screen contains all of \(texts)", timeout: timeout) { screen in
            texts.allSatisfy { screen.contains($0) }
        }
    }

    /// Polls the screen until it no longer contains `text`; returns that screen.
    @discardableResult
    func waitForAbsence(of text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitUntil("screen no longer contains \(text.debugDescription)", timeout: timeout) { !$0.contains(text) }
    }

    /// Polls the screen (every 10 ms) until `condition` holds; returns that screen. On
    /// timeout, or when the command exited and the screen still does not match, throws a
    /// `Failure` that shows `expectation` and the last screen.
    @discardableResult
    func waitUntil(
        _ expectation: String, timeout: Duration = .seconds(10), _ condition: (String) -> Bool
    ) throws -> String {
        try poll(expectation, timeout: timeout, capturing: capture, condition)
    }

    /// Like `waitUntil`, over the screen with its colours as SGR sequences.
    @discardableResult
    func waitUntilColoured(
        _ expectation: String, timeout: Duration = .seconds(10), _ condition: (String) -> Bool
    ) throws -> String {
        try poll(expectation, timeout: timeout, capturing: captureWithColours, condition)
    }

    private func poll(
        _ expectation: String, timeout: Duration, capturing capture: () throws -> String,
        _ condition: (String) -> Bool
    ) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen = ""
        var polls = 0
        while true {
            screen = try capture()
            if condition(screen) { return screen }
            polls += 1
            if polls % 10 == 0, let status = try exitStatusIfExited() {
                screen = try capture()
                if condition(screen) { return screen }
                throw Failure(description: "command exited (status \(status)) before: \(expectation)\n"
                    + Self.framed(screen))
            }
            if clock.now >= deadline {
                throw Failure(description: "timed out after \(timeout) waiting until: \(expectation)\n"
                    + Self.framed(screen))
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// Waits for the command to exit and returns its exit status (128 + N when killed by
    /// signal N, as a shell reports it).
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if let status = try exitStatusIfExited() { return status }
            if clock.now >= deadline {
                throw Failure(description: "timed out after \(timeout) waiting for the command to exit\n"
                    + Self.framed((try? capture()) ?? ""))
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// The exit status if the command has exited (and tmux has reaped it), else nil.
    func exitStatusIfExited() throws -> Int32? {
        let fields = try tmux(["display-message", "-p", "-t", target, "#{pane_dead} #{pane_dead_status} #{pane_dead_signal}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard fields.first == "1" else { return nil }
        if fields.count > 1, let status = Int32(fields[1]) { return status }
        if fields.count > 2, let signal = Int32(fields[2]) { return 128 + signal }
        // The pane closed but tmux has not collected the exit status. tmux 3.3a sometimes
        // misses the SIGCHLD (measured: about 1 run in 20) and then never reaps the child;
        // another SIGCHLD makes it look again (it only calls waitpid with WNOHANG).
        if let server = try? tmux(["display-message", "-p", "#{pid}"]), let pid = pid_t(server.trimmingCharacters(in: .whitespacesAndNewlines)) {
            Glibc.kill(pid, SIGCHLD)
        }
        return nil
    }

    // MARK: Teardown

    /// Stops the tmux server (the command gets SIGHUP) and removes its socket. Idempotent.
    func kill() {
        guard !isKilled else { return }
        isKilled = true
        _ = try? tmux(["kill-server"])
        if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
        try? FileManager.default.removeItem(atPath: scratchFolder)
    }

    // MARK: Running tmux

    /// Runs tmux on this session's socket and returns its standard output.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        let result = try Subprocess.run(
            try Self.tmuxExecutable().path, ["-L", socketName, "-f", "/dev/null"] + arguments,
            environment: environment, scratchFolder: scratchFolder)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed "
                + "(status \(result.status)): \(result.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return result.output
    }

    private static func tmuxExecutable() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure(description: "tmux is not installed (not found on PATH \(path)); "
            + "end-to-end tests need it: apt-get install tmux")
    }

    private static let namedKeys: Set<String> = [
        "Enter", "Escape", "Tab", "BTab", "BSpace", "DC", "IC", "Space", "Up", "Down", "Left", "Right",
        "Home", "End", "PPage", "PageUp", "PgUp", "NPage", "PageDown", "PgDn",
    ]

    static func isKeyName(_ key: String) -> Bool {
        if namedKeys.contains(key) { return true }
        if key.hasPrefix("F"), let number = Int(key.dropFirst()), (1...20).contains(number) { return true }
        // "C-c", "M-x", "C-M-a", "S-Up": modifier prefixes before a key.
        var rest = Substring(key)
        var hadModifier = false
        while rest.count > 2, ["C-", "M-", "S-"].contains(String(rest.prefix(2))) {
            rest = rest.dropFirst(2)
            hadModifier = true
        }
        return hadModifier && (rest.count == 1 || isKeyName(String(rest)))
    }

    /// tmux treats an argument ending in ";" as a command separator; "\;" keeps it literal.
    private static func escapingTrailingSemicolon(_ argument: String) -> String {
        argument.hasSuffix(";") ? String(argument.dropLast()) + "\\;" : argument
    }

    private static func framed(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return "--- screen ---\n" + lines.map { "|" + $0 }.joined(separator: "\n") + "\n--------------"
    }
}
