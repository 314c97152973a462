/// `incident report edit` with no text opens $EDITOR on the current text when run from a terminal (in tmux here).
import Foundation
import Testing

@Suite struct EditorTests {
    @Test func reportTextIsWrittenInTheEditorAndAnEmptyTextRecordsNothing() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"], user: "alex").status == 0)
        try #require(sandbox.run(["report", "edit", "summary", "First draft"], user: "alex").status == 0)
        // The editor: appends a line to the file it is given, so the current text must be there to keep.
        let editor = sandbox.path("editor.sh")
        try Data("#!/bin/sh\nprintf '\\nRouter 2 failed.\\n' >> \"$1\"\n".utf8).write(to: URL(fileURLWithPath: editor))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor)
        var environment = sandbox.environment(user: "alex")
        environment["EDITOR"] = editor
        environment["VISUAL"] = ""
        let edit = try TmuxSession(command: [sandbox.binary.path, "report", "edit", "summary"], environment: environment)
        defer { edit.kill() }
        let status = try edit.waitForExit()
        #expect(status == 0, "\((try? edit.capture()) ?? "")")
        let shown = try sandbox.run(["report", "show", "--format", "json"], user: "alex")
        #expect(shown.stdout.contains("First draft\\nRouter 2 failed."), "\(shown.stdout.prefix(400))")

        // An editor that empties the file: nothing is recorded, and the command says so. The shell then waits for a line
        // that never comes, so the pane stays open (a pane that ends at once can lose its last output in tmux).
        try Data("#!/bin/sh\n: > \"$1\"\n".utf8).write(to: URL(fileURLWithPath: editor))
        let before = try sandbox.run(["export", "--format", "jsonl"]).stdout
        let emptied = try TmuxSession(command: ["sh", "-c", "\"$0\" report edit impact; echo \"exit $?\"; read -r _", sandbox.binary.path],
                                      environment: environment)
        defer { emptied.kill() }
        _ = try emptied.waitFor("exit 2")
        let screen = try emptied.capture()
        #expect(screen.contains("left empty"), "\(screen)")
        #expect(try sandbox.run(["export", "--format", "jsonl"]).stdout == before)
    }
}
