/// The mouse in a real terminal: the console turns mouse reporting on (unless told not to), a click focuses a pane or
/// runs a key-bar key, and quitting gives the mouse back. tmux cannot click, so the test sends the report a terminal
/// sends for a click: tmux-256color's terminfo names the X10 form (`ESC [ M`, then button, column and row plus 32).
import Foundation
import Testing

extension TmuxSession {
    /// Sends what the terminal sends for a left click at column `x`, row `y` (0-based): the press, then the release
    /// (button 3 in this form).
    func click(x: Int, y: Int) throws {
        let bytes = [27, 91, 77, 32, 33 + x, 33 + y, 27, 91, 77, 32 + 3, 33 + x, 33 + y]
        try tmux(["send-keys", "-t", "main", "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// Whether the program in the pane asked the terminal for mouse reports.
    func mouseReporting() throws -> Bool {
        try tmux(["display-message", "-p", "-t", "main", "#{mouse_any_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// The row and column where `text` starts on the screen, if it is there.
    func position(of text: String, in screen: String) -> (x: Int, y: Int)? {
        for (row, line) in screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: text) { return (line.distance(from: line.startIndex, to: range.lowerBound), row) }
        }
        return nil
    }
}

@Suite(.serialized) struct MouseConsoleTests {
    @Test func aClickFocusesAPaneAndAKeyBarClickRunsTheKey() throws {
        let sandbox = try CLISandbox()
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.declareWithKeys("Apps down")
        #expect(try console.mouseReporting())

        let screen = try console.waitFor("3 Roles")
        let roles = try #require(console.position(of: "3 Roles", in: screen))
        try console.click(x: roles.x + 2, y: roles.y + 2)
        try console.waitFor("[3 Roles]")
        #expect(!(try console.capture()).contains("[1 Timeline]"))

        let escalation = try #require(console.position(of: "4 Escalation", in: try console.capture()))
        try console.click(x: escalation.x, y: escalation.y + 1)
        try console.waitForAll(["[4 Escalation]", "3 Roles"])

        // "? help" at the right of the key bar, clicked: the help opens as if ? were typed.
        let bar = try console.capture()
        let help = try #require(console.position(of: "? help", in: bar))
        try console.click(x: help.x + 3, y: help.y)
        try console.waitFor("Every key, from the same table")
        // The wheel (button 4 is 64 + 32 in this form, 5 one more) scrolls the help, wherever the pointer is.
        try console.tmux(["send-keys", "-t", "main", "-H", "1b", "5b", "4d", String(32 + 65, radix: 16), "30", "30"])
        try console.waitForAbsence(of: "Every key, from the same table")
        try console.tmux(["send-keys", "-t", "main", "-H", "1b", "5b", "4d", String(32 + 64, radix: 16), "30", "30"])
        try console.waitFor("Every key, from the same table")

        console.sendKeys("Escape", "q")
        #expect(try console.waitForExit() == 0)
        #expect(!(try console.mouseReporting()), "the mouse is the terminal's again")
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let sandbox = try CLISandbox()
        let flag = try startConsole(sandbox, arguments: ["--no-mouse"])
        defer { flag.kill() }
        try flag.waitFor("No open incident")
        #expect(!(try flag.mouseReporting()))
        flag.sendKeys("q")
        #expect(try flag.waitForExit() == 0)

        let variable = try startConsole(sandbox, extra: ["INCIDENT_NO_MOUSE": "1"])
        defer { variable.kill() }
        try variable.waitFor("No open incident")
        #expect(!(try variable.mouseReporting()))
    }
}
