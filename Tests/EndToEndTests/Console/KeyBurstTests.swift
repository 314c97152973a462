/// Keys that reach the console in one read (a laggy SSH link) are each a key, in order: only a bracketed paste is text.
import Foundation
import Testing

extension TmuxSession {
    /// Sends `keys` in ONE `send-keys` call, so the console reads them together: key names (`Enter`, `Escape`)
    /// are keys, anything else is typed as its characters.
    func sendBurst(_ keys: [String]) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }
}

@Suite(.serialized) struct KeyBurstTests {
    @Test func keysArrivingTogetherDeclareLogAndLeaveNoPromptOpen() throws {
        let sandbox = try CLISandbox()
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.waitFor("No open incident")

        // Title, Enter (priority), Enter (default priority), n (not a security incident): all in one read.
        try console.sendBurst(["n", "Apps down", "Enter", "Enter", "n"])
        try console.waitFor("[1 Timeline]")
        try console.waitForAbsence(of: "Saving...")
        let declared = try showJSON(sandbox)
        #expect(declared["title"] as? String == "Apps down")

        // A finding and an action typed ahead of the store: each Enter submits, the next letter opens the next prompt.
        try console.sendBurst(["f", "Router 2 drops packets", "Enter", "a", "Restarted router 2", "Enter"])
        try console.waitForSaved("Restarted router 2")
        let screen = try console.waitForAbsence(of: "Saving...")
        #expect(!screen.contains("Log an action") && !screen.contains("Log a finding"), "a prompt is left open:\n\(screen)")

        let report = try showJSON(sandbox)
        let entries = (report["timeline"] as? [[String: Any]] ?? []).compactMap { entry -> String? in
            guard let kind = entry["kind"] as? String, kind == "finding" || kind == "action" else { return nil }
            return "\(kind): \(entry["text"] as? String ?? "")"
        }
        #expect(entries == ["finding: Router 2 drops packets", "action: Restarted router 2"])

        console.sendKeys("q")
        #expect(try console.waitForExit() == 0)
    }
}
