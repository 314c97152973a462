/// Input the binary must refuse rather than change or read forever: endless stdin, invalid UTF-8, NUL bytes, impossible times.
import Foundation
import Testing

@Suite struct InputRefusalTests {
    private func shell(_ sandbox: CLISandbox, _ script: String) throws -> CLIResult {
        try sandbox.runExecutable(URL(fileURLWithPath: "/bin/sh"), ["-c", script, sandbox.binary.path],
                                  environment: sandbox.environment())
    }

    private func timelineTexts(_ sandbox: CLISandbox) throws -> [String] {
        (try showJSON(sandbox)["timeline"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    /// Before: `log - < /dev/zero` read until memory ran out (2.4 GB in 5 s).
    @Test func endlessStandardInputIsRefusedAtTheByteLimit() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Endless"]).status == 0)
        let before = try timelineTexts(sandbox).count
        let result = try shell(sandbox, #""$0" log - < /dev/zero"#)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("standard input holds more than 100000 bytes"), "\(result.stderr)")
        let over = try sandbox.run(["log", "-"], stdin: String(repeating: "y", count: 100_001))
        #expect(over.status == 2, "\(over)")
        let at = try sandbox.run(["log", "-"], stdin: String(repeating: "é", count: 25_000))
        #expect(at.status == 0, "50,000 bytes and 25,000 characters are within both limits: \(at)")
        #expect(try timelineTexts(sandbox).count == before + 1)
    }

    @Test func invalidUTF8IsRefusedNamingWhereNeverReplaced() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Bytes"]).status == 0)
        let before = try timelineTexts(sandbox)
        let argument = try shell(sandbox, #""$0" log --kind note "caf$(printf '\351')""#)
        #expect(argument.status == 2, "\(argument)")
        #expect(argument.stderr.contains("argument 4 is not valid UTF-8 (byte 4 is 0xE9)"), "\(argument.stderr)")
        let stdin = try shell(sandbox, #"printf 'ok\nbad \377 byte' | "$0" log -"#)
        #expect(stdin.status == 2, "\(stdin)")
        #expect(stdin.stderr.contains("standard input is not valid UTF-8 at byte 8 (0xFF)"), "\(stdin.stderr)")
        let playbook = sandbox.path("latin1.toml")
        try Data("name = \"ok\"\n# caf".utf8 + [0xE9] + Data("\n".utf8)).write(to: URL(fileURLWithPath: playbook))
        let file = try sandbox.run(["playbook", playbook])
        #expect(file.status == 2, "\(file)")
        #expect(file.stderr.contains("latin1.toml: line 2: not valid UTF-8"), "\(file.stderr)")
        #expect(try timelineTexts(sandbox) == before, "nothing was recorded")
        #expect(!(try sandbox.run(["show", "--json"]).stdout.contains("\u{FFFD}")))
    }

    /// Before: a NUL ended the file there, so the settings after it were silently dropped.
    @Test func aNulByteInAPlaybookIsRefused() throws {
        let sandbox = try CLISandbox()
        let playbook = sandbox.path("nul.toml")
        try Data("name = \"Team\"\n".utf8 + [0] + Data("\n[comms]\ntenant_update_minutes = 5\n".utf8)).write(to: URL(fileURLWithPath: playbook))
        let result = try sandbox.run(["playbook", playbook])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("nul.toml: line 2: holds a NUL byte"), "\(result.stderr)")
        let new = try sandbox.run(["new", "With nul playbook", "--playbook", playbook])
        #expect(new.status == 2, "\(new)")
    }

    @Test(arguments: ["2026-02-30T10:00:00Z", "2026-11-29T25:00:00Z", "25:00", "0x10m", "+3:10", "1e1m", "15m later", "3:7"])
    func anImpossibleTimeIsRefusedNotRolledOver(time: String) throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Times"], now: "2026-11-29T12:00:00Z").status == 0)
        let result = try sandbox.run(["log", "--at", time, "when"], now: "2026-11-29T12:00:00Z")
        #expect(result.status == 2, "\(time): \(result)")
        #expect(result.stderr.contains("is not a time"), "\(result.stderr)")
    }
}
