/// The console and its terminal: signals restore it, odd terminals get a readable screen or a clear message.
import Foundation
import Testing

@Suite(.serialized) struct ConsoleTerminalTests {
    @Test(arguments: [(SIGTERM, Int32(128 + SIGTERM)), (SIGHUP, Int32(0))])
    func aSignalRestoresTheTerminalAndLosesNothing(signal: Int32, expectedStatus: Int32) throws {
        let sandbox = try CLISandbox()
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.declareWithKeys("Signalled")
        console.sendKeys("n")
        console.type("written just before the signal")
        console.sendKeys("Enter")
        try console.waitForSaved("written just before the signal")
        #expect(try console.isOnAlternateScreen())
        #expect(kill(try console.panePID(), signal) == 0)
        #expect(try console.waitForExit() == expectedStatus)
        #expect(try console.isOnAlternateScreen() == false)
        let texts = (try showJSON(sandbox)["timeline"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.contains("written just before the signal"))
    }

    @Test func textBeingTypedWhenTheSessionDropsIsKeptInAFile() throws {
        let sandbox = try CLISandbox()
        let state = sandbox.path("state")
        let console = try startConsole(sandbox, extra: ["XDG_STATE_HOME": state])
        defer { console.kill() }
        try console.declareWithKeys("Dropped session")
        console.sendKeys("f")
        console.type("half-typed finding about router 2")
        try console.waitFor("half-typed finding about router 2")
        #expect(kill(try console.panePID(), SIGHUP) == 0)
        #expect(try console.waitForExit() == 0)
        let folder = state + "/incident/drafts"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        try #require(files.count == 1)
        let kept = try String(contentsOfFile: folder + "/" + files[0], encoding: .utf8)
        #expect(kept.contains("half-typed finding about router 2"))
        #expect(kept.contains("Log a finding"))
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/" + files[0])[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let next = try startConsole(sandbox, extra: ["XDG_STATE_HOME": state])
        defer { next.kill() }
        try next.waitFor("is kept in")
        next.sendKeys("q")
        #expect(try next.waitForExit() == 0)
        // Pointed out once; the text is still there under its new name.
        let seen = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(seen.count == 1 && seen[0].hasSuffix(".seen.txt"), "\(seen)")
        let third = try startConsole(sandbox, extra: ["XDG_STATE_HOME": state])
        defer { third.kill() }
        try third.waitFor("Dropped session")
        #expect(!(try third.capture()).contains("is kept in"))
    }

    @Test func anUnknownTerminalGetsAClearMessage() throws {
        let sandbox = try CLISandbox()
        let console = try startConsole(sandbox, extra: ["TERM": "no-such-terminal"])
        defer { console.kill() }
        // The message is the program's last output: read it once the program has exited, with the
        // scrollback (tmux's "Pane is dead" line can scroll it) and wrapped lines joined.
        #expect(try console.waitForExit() == 2)
        let screen = try console.tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "main"])
        #expect(screen.contains("TERM=no-such-terminal is not a terminal type this system knows"))
        #expect(screen.contains("use the incident subcommands"))
    }

    @Test func noColourAndAnAsciiLocaleStillGiveAReadableScreen() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Plain screen"]).status == 0)
        let console = try startConsole(sandbox, extra: ["NO_COLOR": "1", "LANG": "C", "LC_ALL": "C"])
        defer { console.kill() }
        let screen = try console.waitForAll(["Plain screen", "[1 Timeline]"])
        #expect(!screen.contains("┌") && !screen.contains("│"))
        let allASCII = screen.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(allASCII)
        let colours = try console.captureWithColours()
        #expect(colours.range(of: #"\[(3|4)[0-7]m|38;5;|48;5;"#, options: .regularExpression) == nil, "no colour with NO_COLOR")
    }

    @Test func escapeSequencesInEntriesAreShownNotObeyed() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Hostile text"]).status == 0)
        try #require(sandbox.run(["log", "title\u{1b}]0;pwned\u{07} and \u{1b}[2J clear"]).status == 0)
        let console = try startConsole(sandbox)
        defer { console.kill() }
        // The panes are still there: the entry's "clear screen" was shown, not obeyed.
        try console.waitForAll(["^[]0;pwned^G", "^[[2J clear", "[1 Timeline]"])
        let title = try console.tmux(["display-message", "-p", "-t", "main", "#{pane_title}"])
        #expect(!title.contains("pwned"))
    }
}
