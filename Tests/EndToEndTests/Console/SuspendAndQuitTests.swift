/// Ctrl-Z gives the shell its terminal back whole (bracketed paste off) and Ctrl-\ ends the console cleanly.
import Foundation
import Testing

@Suite(.serialized) struct SuspendAndQuitTests {
    /// The console under an interactive `sh` (dash: it never sets bracketed paste itself, so what the pane
    /// shows is what the console left behind).
    @Test func ctrlZTurnsBracketedPasteOffUntilTheConsoleIsContinued() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Suspended"]).status == 0)
        var environment = sandbox.environment()
        environment["TERM"] = "tmux-256color"
        environment["PS1"] = "shell> "
        environment["ENV"] = nil
        environment["NO_COLOR"] = nil
        let pane = try TmuxSession(command: ["/bin/sh", "-i"], width: 100, height: 30, environment: environment)
        defer { pane.kill() }
        try pane.waitFor("shell>")
        pane.type("'\(sandbox.binary.path)'")
        pane.sendKeys("Enter")
        try pane.waitFor("[1 Timeline]")
        #expect(try pane.isOnAlternateScreen())

        pane.sendKeys("C-z")
        try pane.waitUntil("the shell is back after Ctrl-Z") { $0.contains("Stopped") }
        #expect(try pane.isOnAlternateScreen() == false)
        // A paste into the shell arrives bare when bracketed paste is off; with it on, `cat -v` shows ^[[200~.
        pane.type("cat -v")
        pane.sendKeys("Enter")
        try pane.tmux(["set-buffer", "-b", "probe", "PASTEPROBE"])
        try pane.tmux(["paste-buffer", "-p", "-b", "probe", "-t", "main"])
        pane.sendKeys("Enter")
        let shell = try pane.waitUntil("cat echoes the paste") { $0.components(separatedBy: "PASTEPROBE").count >= 3 }
        #expect(!shell.contains("200~"), "bracketed paste was left on in the shell:\n\(shell)")
        pane.sendKeys("C-d")
        pane.type("fg")
        pane.sendKeys("Enter")
        try pane.waitUntil("the console is back") { $0.contains("[1 Timeline]") }
        #expect(try pane.isOnAlternateScreen())
        // Bracketed paste is on again: a paste arrives as one paste, not as keys.
        try pane.tmux(["paste-buffer", "-p", "-b", "probe", "-t", "main"])
        try pane.waitFor("Paste into a prompt")
        pane.sendKeys("q")
        try pane.waitUntil("the shell is back after quitting") { $0.components(separatedBy: "shell>").count >= 4 }
        #expect(try pane.isOnAlternateScreen() == false)
    }

    /// Before: Ctrl-\ (SIGQUIT) drew the runtime's crash report over the screen and the console carried on.
    @Test func ctrlBackslashEndsTheConsoleCleanlyWithTheRecordIntact() throws {
        let sandbox = try CLISandbox()
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.declareWithKeys("Quit signal")
        console.sendKeys("n")
        console.type("noted before Ctrl-backslash")
        console.sendKeys("Enter")
        try console.waitForSaved("noted before Ctrl-backslash")
        console.sendKeys("C-\\")
        #expect(try console.waitForExit() == 0)
        #expect(try console.isOnAlternateScreen() == false)
        let screen = try console.tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "main"])
        for crash in ["Crash", "crash", "Backtrace", "Fatal", "Thread 0"] {
            #expect(!screen.contains(crash), "\(screen)")
        }
        let texts = (try showJSON(sandbox)["timeline"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.contains("noted before Ctrl-backslash"))
    }

    /// Drafts are created private under umask 000: folders 0700 and the file 0600 from their first moment
    /// (the mode is given to mkdir and open; nothing is chmod-ed afterwards, see DraftFileTests).
    @Test func aDraftKeptUnderUmaskZeroIsStillPrivate() throws {
        let sandbox = try CLISandbox()
        let state = sandbox.path("state")
        var environment = sandbox.environment()
        environment["TERM"] = "tmux-256color"
        environment["XDG_STATE_HOME"] = state
        environment["NO_COLOR"] = nil
        let console = try TmuxSession(command: ["/bin/sh", "-c", "umask 000; exec \"$0\"", sandbox.binary.path], environment: environment)
        defer { console.kill() }
        try console.declareWithKeys("Umask zero")
        console.sendKeys("f")
        console.type("typed under umask 000")
        try console.waitFor("typed under umask 000")
        #expect(kill(try console.panePID(), SIGHUP) == 0)
        #expect(try console.waitForExit() == 0)
        let folder = state + "/incident/drafts"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        try #require(files.count == 1, "\(files)")
        func mode(_ path: String) throws -> Int? { try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int }
        #expect(try mode(state + "/incident") == 0o700)
        #expect(try mode(folder) == 0o700)
        #expect(try mode(folder + "/" + files[0]) == 0o600)
        #expect(try String(contentsOfFile: folder + "/" + files[0], encoding: .utf8).contains("typed under umask 000"))
    }
}
