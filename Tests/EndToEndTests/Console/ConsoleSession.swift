/// A console under test: the real `incident` binary in tmux, on one sandbox's store.
import Foundation
import Testing

/// Starts `incident` (the console) in tmux as `user`, with the sandbox's store.
func startConsole(_ sandbox: CLISandbox, user: String = "sam", now: String? = nil, width: Int = 100, height: Int = 30,
                  extra: [String: String] = [:], arguments: [String] = []) throws -> TmuxSession {
    var environment = sandbox.environment(user: user, now: now)
    environment["TERM"] = "tmux-256color"
    environment.merge(extra) { _, given in given }
    // `swift test` runs tests with NO_COLOR=1, which tmux hands on to the pane; the console under test
    // must see only what the test chose.
    let unset = extra["NO_COLOR"] == nil ? ["env", "-u", "NO_COLOR"] : []
    return try TmuxSession(command: unset + [sandbox.binary.path] + arguments, width: width, height: height, environment: environment)
}

extension TmuxSession {
    /// The pid of the program in the pane.
    func panePID() throws -> Int32 {
        let text = try tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = Int32(text) else { throw Failure(description: "no pane pid in \(text.debugDescription)") }
        return pid
    }

    /// Whether the pane is still on the alternate screen (curses not ended).
    func isOnAlternateScreen() throws -> Bool {
        try tmux(["display-message", "-p", "-t", "main", "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Waits until the message line says an entry containing `text` was saved. Text typed into a prompt is on
    /// screen before it is saved, so waiting for the text alone can race the store.
    @discardableResult
    func waitForSaved(_ text: String) throws -> String {
        try waitUntil("the message line says \"Saved: …\(text)…\"") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix(" Saved: ") && $0.contains(text) }
        }
    }

    /// Declares an incident through the welcome screen's keys.
    func declareWithKeys(_ title: String) throws {
        try waitFor("No open incident")
        sendKeys("n")
        try waitFor("Title: what is broken")
        type(title)
        sendKeys("Enter")
        try waitFor("Priority (default P1)")
        sendKeys("Enter")
        try waitFor("Security incident? y/N")
        sendKeys("n")
        try waitFor("[1 Timeline]")
    }
}

/// Reads `incident show --json` as a dictionary.
func showJSON(_ sandbox: CLISandbox, now: String? = nil) throws -> [String: Any] {
    let result = try sandbox.run(["show", "--json"], now: now)
    try #require(result.status == 0, "incident show --json failed: \(result)")
    return try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
}
