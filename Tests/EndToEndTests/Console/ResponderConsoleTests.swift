/// In tmux: the first screen after declaring is no alarm, keys go where the hand expects, comms say they record.
import Foundation
import Testing

@Suite(.serialized) struct ResponderConsoleTests {
    @Test func justDeclaredShowsDueNowInAmberThenOverdueAfterTheGrace() throws {
        let sandbox = try CLISandbox()
        let console = try startConsole(sandbox, now: "2026-11-29T02:00:00Z")
        defer { console.kill() }
        try console.declareWithKeys("Apps down in London")
        let screen = try console.waitForAll(["First tenant update due now", "due now, overdue in 0"])
        #expect(!screen.contains("OVERDUE") && !screen.lowercased().contains("overdue by"), "an alarm on the first screen:\n\(screen)")
        #expect(!screen.contains("[!]"), "a step marked overdue on the first screen:\n\(screen)")
        // Amber, not the red alarm: no red background or foreground on the due-now line.
        let coloured = try console.waitUntilColoured("the due-now line drawn") { $0.contains("due now, overdue in") }
        let line = coloured.split(separator: "\n").first { $0.contains("due now, overdue in") } ?? ""
        #expect(!line.contains("[41m") && !line.contains(";41m") && !line.contains("[31m") && !line.contains("[91m"), "drawn red: \(line)")
        #expect(line.contains("[33mdue now, overdue in"), "not drawn amber (the standard theme's warning colour): \(line)")
        console.sendKeys("q")
        #expect(try console.waitForExit() == 0)

        // The same incident seen once the grace is over (declared a few seconds after 02:00): red, the banner,
        // counted from the declaration.
        let overdue = try startConsole(sandbox, now: "2026-11-29T02:07:00Z")
        defer { overdue.kill() }
        let alarm = try overdue.waitForAll(["OVERDUE by 06:", "Tenant update overdue by 06:"])
        #expect(!alarm.contains("due now"), "\(alarm)")
    }

    @Test func escGoesBackQClosesTheHelpAndF1KeepsTheNextKey() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Router pool exhausted"]).status == 0)
        try #require(sandbox.run(["new", "Database failover"]).status == 0)
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.waitFor("Open incidents (2)")
        console.sendKeys("Enter")
        try console.waitFor("[1 Timeline]")

        // q inside the help closes it; the console keeps running.
        console.sendKeys("?")
        try console.waitFor("Help: keys (Esc, q or ? closes)")
        console.sendKeys("q")
        try console.waitForAbsence(of: "Help: keys (Esc, q or ? closes)")
        try console.waitFor("[1 Timeline]")
        #expect(try console.exitStatusIfExited() == nil, "q in the help quit the console")

        // F1 opens the help, F1 closes it, and the key right after it is a key.
        console.sendKeys("F1")
        try console.waitFor("Help: keys (Esc, q or ? closes)")
        try console.sendBurst(["F1", "a"])
        try console.waitFor("Log an action")
        console.sendKeys("Escape")  // Esc in a dialog cancels it, and stays on the incident
        try console.waitForAbsence(of: "Log an action")
        try console.waitFor("[1 Timeline]")

        // Esc on the incident screen goes back to the list.
        console.sendKeys("Escape")
        try console.waitFor("Open incidents (2)")
        console.sendKeys("Enter")
        try console.waitFor("[1 Timeline]")
        console.sendKeys("q")
        #expect(try console.waitForExit() == 0)
    }

    @Test func theCommsDialogRecordsAndATemplateFillsTheMessage() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps down"]).status == 0)
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.waitFor("[1 Timeline]")
        console.sendKeys("c")
        try console.waitForAll(["Record comms", "the console sends nothing itself"])
        console.sendKeys("2")  // Statuspage
        try console.waitFor("Statuspage status:")
        console.sendKeys("Enter")  // investigating
        try console.waitFor("Affected components")
        console.sendKeys("Space")
        console.sendKeys("Enter")
        try console.waitFor("Template:")
        console.sendKeys("Enter")  // the first update's template
        try console.waitForAll(["We are investigating a possible issue", "copy it and post it on Statuspage"])
        console.type(" Apps in London.")
        console.sendKeys("Enter")
        try console.waitFor("Promise the next update")
        console.sendKeys("Enter")
        try console.waitForSaved("We are investigating a possible issue")
        let record = try showJSON(sandbox)
        let texts = (record["timeline"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.contains { $0.contains("We are investigating a possible issue with the GOV.UK PaaS.") && $0.hasSuffix("Apps in London.") },
                "\(texts)")
        console.sendKeys("q")
        #expect(try console.waitForExit() == 0)
    }
}
