/// After the incident, in the console: an incident declared with an earlier "when", run through resolution, the
/// report written and recorded, the review held, the report published, the incident closed, and the report saved.
import Foundation
import Testing

@Suite(.serialized) struct PostIncidentConsoleTests {
    @Test func thePostIncidentFlowEndsInAClosedIncidentAndAReportFile() throws {
        let sandbox = try CLISandbox()
        var environment = sandbox.environment(user: "sam", now: "2026-11-29T03:00:00Z")
        environment["TERM"] = "tmux-256color"
        environment["TZ"] = "UTC"
        // Started in the sandbox, so the report's default path ("./ID-report.md") lands there.
        let console = try TmuxSession(command: ["env", "-u", "NO_COLOR", sandbox.binary.path], width: 120, height: 40,
                                      environment: environment, workingDirectory: sandbox.folder.path)
        defer { console.kill() }
        let summary = "Router pool saturated by a traffic spike"

        // Declared now, as starting 20 minutes ago (the when field, Tab).
        try console.waitFor("No open incident")
        console.sendKeys("n")
        try console.waitFor("Title: what is broken")
        console.type("Apps slow in London")
        console.sendKeys("Tab")
        try console.waitFor("When: ")
        console.type("2026-11-29T02:40:00Z")
        console.sendKeys("Tab")
        try console.waitFor("2026-11-29T02:40:00Z = 29 Nov 02:40")
        console.sendKeys("Enter")
        try console.waitFor("Priority (default P1)")
        console.sendKeys("Enter")
        try console.waitFor("Security incident? y/N")
        console.sendKeys("n")
        try console.waitFor("[1 Timeline]")
        let id = try #require((try showJSON(sandbox)["id"] as? String))
        #expect(try showJSON(sandbox)["declaredAt"] as? String == "2026-11-29T02:40:00.000Z")

        // The team: sam leads, cam does comms.
        try answer(console, key: "r", waitingFor: "Assign or hand over which role?", with: ["Enter"])
        try answer(console, waitingFor: "Who is incident lead?", with: ["sam", "Enter"])
        try answer(console, waitingFor: "Confirm sam has production access? y/n", with: ["y"])
        try console.waitFor("sam [prod]")
        try answer(console, key: "r", waitingFor: "Assign or hand over which role?", with: ["Enter"])
        try answer(console, waitingFor: "Who is incident comms?", with: ["cam", "Enter"])
        try console.waitForSaved("cam is incident comms")

        // The first Statuspage update, with a component ticked.
        try answer(console, key: "c", waitingFor: "Where to?", with: ["2"])
        try answer(console, waitingFor: "Statuspage status:", with: ["Enter"])
        try answer(console, waitingFor: "Affected components", with: ["Space"])
        try console.waitFor("[x]")
        console.sendKeys("Enter")
        try answer(console, waitingFor: "Template:", with: ["Enter"])
        try answer(console, waitingFor: "Message to tenants:", with: ["C-u", "We are investigating slow apps", "Enter"])
        try answer(console, waitingFor: "Promise the next update", with: ["Enter"])
        try console.waitForSaved("We are investigating slow apps")

        // Resolved with the product and delivery managers, then the final update.
        try answer(console, key: "R", waitingFor: "Decided with which product manager?", with: ["priya", "Enter"])
        try answer(console, waitingFor: "And which delivery manager?", with: ["dan", "Enter"])
        try answer(console, waitingFor: "Note (optional", with: ["Enter"])
        try answer(console, waitingFor: "Resolve now, decided with priya and dan? y/N", with: ["y"])
        try console.waitForSaved("Resolved, decided with priya")
        try answer(console, key: "c", waitingFor: "Where to?", with: ["2"])
        try answer(console, waitingFor: "Statuspage status:", with: ["Enter"])
        try answer(console, waitingFor: "Affected components", with: ["Enter"])
        try answer(console, waitingFor: "Template:", with: ["Enter"])
        try answer(console, waitingFor: "Message to tenants:", with: ["C-u", "Apps are fast again", "Enter"])
        try console.waitForSaved("Apps are fast again")
        let steps = try answer(console, key: "x", waitingFor: "Mark which step done?", with: [])
        try answer(console, waitingFor: "Mark which step done?", with: [try option("Check the status page shows", in: steps)])
        try answer(console, waitingFor: "note (optional", with: ["Enter"])
        try console.waitForSaved("Done: ")

        // The report's text: summary, root cause with its kind, a follow-up action.
        try answer(console, key: "w", waitingFor: "Which part?", with: ["1"])
        try answer(console, waitingFor: "Summary: what happened", with: [summary, "Enter"])
        try console.waitForSaved(summary)
        try answer(console, key: "w", waitingFor: "Which part?", with: ["3"])
        try answer(console, waitingFor: "What kind of root cause?", with: ["3"])
        try answer(console, waitingFor: "what caused it?", with: ["The pool was sized for last year", "Enter"])
        try console.waitForSaved("Root cause (capacity)")
        try answer(console, key: "w", waitingFor: "Which part?", with: ["7"])
        try answer(console, waitingFor: "What action was agreed?", with: ["Alert on router CPU", "Enter"])
        try answer(console, waitingFor: "Who owns it?", with: ["sam", "Enter"])
        try answer(console, waitingFor: "Tracker reference", with: ["PAAS-1234", "Enter"])
        try console.waitForSaved("Follow-up action for sam")

        // Closing needs every step done or skipped: the set-up steps, from the command line (the console's next
        // appends read them in).
        for step in [["join-incident-channel"], ["tracker-story"], ["tell-team-channel", "--skip", "Told on the call"]] {
            try #require(sandbox.run(["step"] + step + ["--incident", id]).status == 0)
        }
        // After resolution: report written, the review scheduled and held, published, closed.
        try answer(console, key: "P", waitingFor: "Record which step?", with: ["1"])
        try answer(console, waitingFor: "Where is it?", with: ["Enter"])
        try console.waitForSaved("Report written")
        try answer(console, key: "P", waitingFor: "Record which step?", with: ["4"])
        try answer(console, waitingFor: "When is the no-blame review?", with: ["in 0m", "Enter"])
        try console.waitForSaved("Review scheduled for")
        try answer(console, key: "P", waitingFor: "Record which step?", with: ["5"])
        try answer(console, waitingFor: "> sam, cam, priya, dan", with: ["Enter"])
        try console.waitForSaved("Review held with sam, cam, priya, dan")
        try answer(console, key: "P", waitingFor: "Record which step?", with: ["2"])
        try answer(console, waitingFor: "Record the report as published on Statuspage? y/N", with: ["y"])
        try console.waitForSaved("Report published")
        try answer(console, key: "P", waitingFor: "Record which step?", with: ["6"])
        try answer(console, waitingFor: "Close the incident? y/N", with: ["y"])
        try console.waitForSaved("Closed")
        let closed = try sandbox.run(["show", "--json", "--incident", id])
        let shown = try #require(try JSONSerialization.jsonObject(with: closed.stdoutData) as? [String: Any])
        #expect(shown["phase"] as? String == "closed")

        // The report, saved to its default path.
        try answer(console, key: "v", waitingFor: "Report (internal)", with: ["s"])
        try answer(console, waitingFor: "> ./\(id)-report.md", with: ["Enter"])
        try console.waitFor("Saved the report to ./\(id)-report.md")
        let file = try String(contentsOfFile: sandbox.path("\(id)-report.md"), encoding: .utf8)
        #expect(file.contains(id))
        #expect(file.contains(summary))

        console.sendKeys("q")
        #expect(try console.waitForExit() == 0)
    }

    /// The `:` line takes the CLI's post-incident verbs, `--at` included; with no text, `report edit` would open
    /// $EDITOR over the console, so it says where to write instead and opens nothing.
    @Test func theCommandLineDatesWithAtAndOpensNoEditor() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Disk full"], now: "2026-11-29T03:00:00Z").status == 0)
        let marker = sandbox.path("editor-ran")
        let console = try startConsole(sandbox, now: "2026-11-29T03:30:00Z",
                                       extra: ["TZ": "UTC", "EDITOR": "touch \(marker); true", "VISUAL": ""])
        defer { console.kill() }
        try console.waitFor("Disk full")
        console.sendKeys(":")
        console.type("mark detected --at 2026-11-29T02:50:00Z --note paged")
        console.sendKeys("Enter")
        try console.waitForSaved("Detected: paged")
        let keyTimes = try #require(try showJSON(sandbox)["keyTimes"] as? [String: String])
        #expect(keyTimes["detected"] == "2026-11-29T02:50:00.000Z")

        console.sendKeys(":")
        console.type("report edit summary")
        console.sendKeys("Enter")
        try console.waitFor("press Esc then w to write it in the console")
        console.sendKeys("Escape")
        console.sendKeys(":")
        console.type("report show")
        console.sendKeys("Enter")
        try console.waitFor("press Esc then v")
        #expect(!FileManager.default.fileExists(atPath: marker), "no editor was started")
        console.sendKeys("Escape")
        console.sendKeys("q")
        #expect(try console.waitForExit() == 0)
    }

    /// Presses `key` (if any), waits until the screen shows `prompt`, then sends `keys` (key names or text).
    @discardableResult
    private func answer(_ console: TmuxSession, key: String? = nil, waitingFor prompt: String, with keys: [String]) throws -> String {
        if let key { console.sendKeys(key) }
        let screen = try console.waitFor(prompt)
        for key in keys {
            if TmuxSession.isKeyName(key) { console.sendKeys(key) } else { console.type(key) }
        }
        return screen
    }

    /// The number shown before the choice that contains `text` (the dialog is drawn last, under the panes).
    private func option(_ text: String, in screen: String) throws -> String {
        let line = try #require(screen.split(separator: "\n").last { $0.contains(text) }, "no option \(text) in:\n\(screen)")
        let number = try #require(line.split(separator: " ").first { $0.count == 1 && $0.first?.isNumber == true })
        return String(number)
    }
}
