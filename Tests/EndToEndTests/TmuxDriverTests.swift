/// The tmux driver works on trivial commands: keys in, screen out, exit status, resize, failures.
import Foundation
import Testing

@Suite struct TmuxDriverTests {
    @Test func drivesAShellCommandAndReadsItsExitStatus() throws {
        let session = try TmuxSession(
            command: ["sh", "-c", #"printf "hello\n"; read x; echo "got $x"; exit 3"#], width: 40, height: 10)
        defer { session.kill() }
        try session.waitFor("hello")
        session.sendKeys("abc", "Enter")
        let screen = try session.waitFor("got abc")
        #expect(screen.contains("abc\ngot abc\n"))  // once the shell exits, tmux's notice scrolls "hello" away
        #expect(try session.waitForExit() == 3)
    }

    @Test func passesEnvironmentAndWideTextAndResizes() throws {
        let script = #"echo "term=$TERM lang=$LANG x=$X"; echo "漢字 ok"; read a; stty size; read b; exit 0"#
        let session = try TmuxSession(command: ["sh", "-c", script], width: 50, height: 12, environment: ["X": "a b;"])
        defer { session.kill() }
        try session.waitFor("漢字 ok")
        #expect(try session.capture().hasPrefix("term=tmux-256color lang=C.UTF-8 x=a b;\n漢字 ok\n"))
        try session.resize(width: 60, height: 15)
        session.sendKeys("Enter")
        try session.waitFor("15 60")
        session.sendKeys("C-c")  // SIGINT from the terminal, as a user's Ctrl-C
        let status = try session.waitForExit()
        let screen = try session.capture()
        #expect(status == 130, "screen: \(screen)")
    }

    @Test func capturesColours() throws {
        let session = try TmuxSession(command: ["sh", "-c", #"printf '\033[31mred\033[0m\n'; read x"#], width: 20, height: 5)
        defer { session.kill() }
        try session.waitFor("red")
        #expect(try session.captureWithColours().contains("\u{1B}[31mred"))
    }

    @Test func timeoutShowsTheLastScreen() throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo waiting; read x"], width: 20, height: 5)
        defer { session.kill() }
        try session.waitFor("waiting")
        #expect {
            try session.waitFor("never", timeout: .milliseconds(100))
        } throws: { error in
            let text = String(describing: error)
            return text.contains("timed out") && text.contains("|waiting")
        }
    }

    @Test func failsEarlyWhenTheCommandExits() throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo bye; exit 7"], width: 20, height: 5)
        defer { session.kill() }
        let start = ContinuousClock.now
        #expect {
            try session.waitFor("never", timeout: .seconds(10))
        } throws: { error in
            String(describing: error).contains("exited (status 7)")
        }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func killRemovesTheSocket() throws {
        let session = try TmuxSession(command: ["sleep", "30"], width: 20, height: 5)
        let socket = try #require(session.socketPath)
        #expect(FileManager.default.fileExists(atPath: socket))
        session.kill()
        #expect(!FileManager.default.fileExists(atPath: socket))
    }

    @Test func keyNamesAreRecognised() {
        #expect(TmuxSession.isKeyName("Enter"))
        #expect(TmuxSession.isKeyName("BTab"))
        #expect(TmuxSession.isKeyName("C-c"))
        #expect(TmuxSession.isKeyName("M-x"))
        #expect(TmuxSession.isKeyName("F5"))
        #expect(!TmuxSession.isKeyName("abc"))
        #expect(!TmuxSession.isKeyName("q"))
        #expect(!TmuxSession.isKeyName("C-"))
    }

    @Test func findsTheBuiltIncidentExecutable() throws {
        let url = try ProductBinary.url
        #expect(url.lastPathComponent == "incident")
        #expect(FileManager.default.isExecutableFile(atPath: url.path))
    }
}
