/// A responder new to the console, in tmux with only the screen to go by: the first minutes of an incident in few
/// keys and no refusal; the store named when it is not the default; resolve refused at once for a non-lead; and at
/// 80x24 everything due in view.
import Foundation
import Testing

@Suite(.serialized) struct NewcomerConsoleTests {
    /// Counts the keys pressed (text typed into a prompt is not a key).
    final class Keys {
        let console: TmuxSession
        var pressed = 0
        init(_ console: TmuxSession) { self.console = console }
        func press(_ keys: String...) {
            for key in keys {
                pressed += 1
                console.sendKeys(key)
            }
        }
    }

    /// The message line of a screen `height` rows high (the row above the key bar): "Saved: …", "Declared …", or a
    /// refusal in red.
    private func messageLine(_ screen: String, height: Int) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > height - 2 ? String(lines[height - 2]) : ""
    }

    @Test func fromAnEmptyStoreToTheFirstActionInAtMost25Keys() throws {
        let sandbox = try CLISandbox()
        let console = try startConsole(sandbox, user: "sam", width: 100, height: 30)
        defer { console.kill() }
        let keys = Keys(console)
        var screens: [String] = []
        func see(_ text: String) throws { screens.append(try console.waitFor(text)) }

        // Declare: n, the title, Enter; P1 (Enter); not a security incident (n).
        try see("Press n to declare one")
        keys.press("n")
        try see("Title: what is broken")
        console.type("Apps unreachable")
        keys.press("Enter")
        try see("Priority (default P1)")
        keys.press("Enter")
        try see("Security incident? y/N")
        keys.press("n")
        try see("Declared INC-")
        // The lead (the first vacant role, chosen already) with production access, then comms.
        keys.press("r")
        try see("Assign or hand over which role?")
        keys.press("Enter")
        try see("Who is incident lead?")
        console.type("kim")
        keys.press("Enter")
        try see("Confirm kim has production access? y/n")
        keys.press("y")
        try console.waitForSaved("kim is incident lead")
        keys.press("r")
        try see("Assign or hand over which role?")
        keys.press("Enter")
        try see("Who is incident comms?")
        console.type("lee")
        keys.press("Enter")
        try console.waitForSaved("lee is incident comms")
        // The first Statuspage update: the status, one component, the template's text as it stands.
        keys.press("c")
        try see("Where to?")
        keys.press("2")
        try see("Statuspage status:")
        keys.press("Enter")
        try see("Affected components")
        keys.press("Space", "Enter")
        try see("Template:")
        keys.press("Enter")
        try see("Message to tenants:")
        keys.press("Enter")
        try see("Promise the next update")
        keys.press("Enter")
        try console.waitForSaved("Statuspage [investigating]")
        // An action.
        keys.press("a")
        try see("Log an action")
        console.type("Restarted the router pool")
        keys.press("Enter")
        try console.waitForSaved("Restarted the router pool")

        #expect(keys.pressed <= 25, "\(keys.pressed) keys")
        for screen in screens + [try console.capture()] {
            let message = messageLine(screen, height: 30).trimmingCharacters(in: .whitespaces)
            #expect(message.isEmpty || message.hasPrefix("Saved:") || message.hasPrefix("Declared"), "a refusal on the way: \(message)")
        }
        let report = try showJSON(sandbox)
        let roles = try #require(report["roles"] as? [[String: Any]])
        #expect(roles.contains { $0["role"] as? String == "lead" && $0["person"] as? String == "kim" })
        #expect(roles.contains { $0["role"] as? String == "comms" && $0["person"] as? String == "lee" })
        let timeline = try #require(report["timeline"] as? [[String: Any]])
        #expect(timeline.contains { $0["text"] as? String == "Restarted the router pool" })
    }

    @Test func aStoreThatIsNotTheDefaultIsNamedAndANewOneSaysSo() throws {
        let sandbox = try CLISandbox()
        let mistyped = sandbox.path("stor.sqlite")
        let console = try startConsole(sandbox, width: 200, height: 30, arguments: ["--store", mistyped])
        defer { console.kill() }
        try console.waitForAll(["store: \(mistyped)", "This store is new and empty: \(mistyped).", "quit (q) and check --store"])
        console.sendKeys("q")
        #expect(try console.waitForExit() == 0)

        // Opened again: no longer new, still named.
        let again = try startConsole(sandbox, width: 200, height: 30, arguments: ["--store", mistyped])
        defer { again.kill() }
        let screen = try again.waitFor("store: \(mistyped)")
        #expect(!screen.contains("new and empty"), "\(screen)")
    }

    @Test func resolveStaysOnTheBarAndANonLeadIsToldWhyAtOnce() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Database slow"]).status == 0)
        try #require(sandbox.run(["assign", "lead", "kim", "--production-access"]).status == 0)

        let lead = try startConsole(sandbox, user: "kim", width: 80, height: 24)
        defer { lead.kill() }
        try lead.waitUntil("resolve, quit and help end the key bar") { screen in
            screen.split(separator: "\n").last?.hasSuffix("R resolve  q quit  ? help") == true
        }
        lead.kill()

        let other = try startConsole(sandbox, user: "cam", width: 80, height: 24)
        defer { other.kill() }
        // INCIDENT_STORE names the store: the header says whose and which.
        let screen = try other.waitFor("cam @ incidents.sqlite · INC-")
        #expect(!(screen.split(separator: "\n").last ?? "").contains("R resolve"), "\(screen)")
        other.sendKeys("R")
        try other.waitFor("R: Not resolved. The incident lead (kim) decides resolution")
        let after = try other.capture()
        #expect(!after.contains("Product manager"), "no question is asked:\n\(after)")
    }

    @Test func at80x24EverythingDueIsInView() throws {
        let sandbox = try CLISandbox()
        let start = "2026-11-30T10:00:00Z"
        try #require(sandbox.run(["new", "Apps unreachable"], now: start).status == 0)
        try #require(sandbox.run(["assign", "lead", "kim", "--production-access"], now: "2026-11-30T10:01:00Z").status == 0)
        try #require(sandbox.run(["assign", "comms", "lee"], now: "2026-11-30T10:01:00Z").status == 0)
        try #require(sandbox.run(["comms", "--channel", "statuspage", "--component", "apps", "--status", "investigating", "Looking into it"],
                                 now: "2026-11-30T10:02:00Z").status == 0)
        // An hour and ten minutes in: the hourly update is overdue.
        let console = try startConsole(sandbox, user: "kim", now: "2026-11-30T11:10:00Z", width: 80, height: 24)
        defer { console.kill() }
        try console.waitForAll(["Lead         kim", "Comms        lee", "Next: If the team cannot", "OVERDUE", "██", "c comms"])
    }

    /// The "when" field reads times as `--at` does: a wall-clock time later than now is refused with both candidates,
    /// never taken as yesterday without a word; "5m ago" is taken and shown as the time it means.
    @Test func aWhenLaterThanNowIsRefusedWithBothDays() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Apps slow"], now: "2026-11-30T17:30:00Z").status == 0)
        let console = try startConsole(sandbox, now: "2026-11-30T17:55:00Z", extra: ["TZ": "UTC"])
        defer { console.kill() }
        try console.waitFor("Apps slow")
        console.sendKeys("a")
        try console.waitFor("What was done?")
        console.type("Checked the router")
        console.sendKeys("Tab")
        console.type("18:30")
        console.sendKeys("Enter")
        try console.waitForAll(["18:30 today (2026-11-30T18:30Z) is later than now (17:55)", "did you mean yesterday 18:30",
                                "Give the date: '2026-11-29 18:30'"])
        #expect((try showJSON(sandbox)["timeline"] as? [[String: Any]] ?? []).count == 1, "nothing recorded")
        // The cursor stays in the "when" field: what is typed next corrects the time, not the text.
        console.sendKeys("C-u")
        console.type("5m ago")
        try console.waitFor("When: 5m ago")
        console.sendKeys("Enter")
        try console.waitFor("5m ago = 30 Nov 17:5")
        console.sendKeys("Enter")
        try console.waitForSaved("Checked the router")
        let timeline = try #require(try showJSON(sandbox)["timeline"] as? [[String: Any]])
        let entry = try #require(timeline.first { $0["text"] as? String == "Checked the router" })
        // INCIDENT_NOW runs on from 17:55: five minutes before the moment it was logged.
        let at = try #require((entry["occurredAt"] as? String).flatMap(parseISO))
        let logged = try #require((entry["loggedAt"] as? String).flatMap(parseISO))
        #expect(abs(logged.timeIntervalSince(at) - 300) < 0.01, "\(entry)")
    }
}

private func parseISO(_ text: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text)
}
