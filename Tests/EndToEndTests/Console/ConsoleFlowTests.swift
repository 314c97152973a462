/// The console driven as a responder would: keys in tmux, the screen read back, the store checked.
import Foundation
import Testing

@Suite(.serialized) struct ConsoleFlowTests {
    @Test func declareAssignLogAndQuitCleanly() throws {
        let sandbox = try CLISandbox()
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.declareWithKeys("Apps unreachable")
        try console.waitFor("Apps unreachable")

        console.sendKeys("r")
        try console.waitFor("Assign or hand over which role?")
        console.sendKeys("Enter")
        try console.waitFor("Who is incident lead?")
        console.type("sam")
        console.sendKeys("Enter")
        try console.waitFor("Confirm sam has production access? y/n")
        console.sendKeys("y")
        try console.waitFor("sam [prod]")

        console.sendKeys("r")
        try console.waitFor("Assign or hand over which role?")
        console.sendKeys("Enter")
        try console.waitFor("Who is incident comms?")
        console.type("cam")
        console.sendKeys("Enter")
        try console.waitUntil("cam holds comms") { $0.contains("Comms") && $0.contains("cam") }

        console.sendKeys("a")
        console.type("Restarted router 2 — 漢字")
        console.sendKeys("Enter")
        try console.waitForSaved("Restarted router 2 — 漢字")

        let report = try showJSON(sandbox)
        let timeline = try #require(report["timeline"] as? [[String: Any]])
        #expect(timeline.contains { $0["text"] as? String == "Restarted router 2 — 漢字" && $0["kind"] as? String == "action" })
        let roles = try #require(report["roles"] as? [[String: Any]])
        #expect(roles.contains { $0["role"] as? String == "lead" && $0["person"] as? String == "sam" })
        #expect(roles.contains { $0["role"] as? String == "comms" && $0["person"] as? String == "cam" })

        console.sendKeys("q")
        #expect(try console.waitForExit() == 0)
        #expect(try console.isOnAlternateScreen() == false)
    }

    @Test func aProductionChangeByAnyoneButTheLeadIsRefusedOnScreen() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Database slow"]).status == 0)
        try #require(sandbox.run(["assign", "lead", "sam", "--production-access"]).status == 0)
        let console = try startConsole(sandbox, user: "cam")
        defer { console.kill() }
        try console.waitFor("Database slow")
        console.sendKeys("p")
        console.type("Failed over the primary")
        console.sendKeys("Enter")
        try console.waitFor("Only the incident lead (sam) makes production changes.")
        let report = try showJSON(sandbox)
        let texts = (report["timeline"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(!texts.contains("Failed over the primary"))
    }

    @Test func theCountdownTicksWithNoKeyPressed() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Ticking"]).status == 0)
        try #require(sandbox.run(["comms", "--channel", "statuspage", "--component", "API", "Investigating"]).status == 0)
        let console = try startConsole(sandbox)
        defer { console.kill() }
        let first = try console.waitUntil("a countdown on screen") { Self.countdown(in: $0) != nil }
        let firstValue = Self.countdown(in: first)
        try console.waitUntil("the countdown moves on from \(firstValue ?? "")") { screen in
            Self.countdown(in: screen).map { $0 != firstValue } ?? false
        }
    }

    @Test func commsOverdueWhenTheClockSaysSo() throws {
        let sandbox = try CLISandbox()
        let declared = "2026-11-29T02:00:00Z"
        try #require(sandbox.run(["new", "Overdue comms"], now: declared).status == 0)
        try #require(sandbox.run(["comms", "--channel", "statuspage", "--component", "API", "Investigating"], now: declared).status == 0)
        let console = try startConsole(sandbox, now: "2026-11-29T03:05:00Z")
        defer { console.kill() }
        try console.waitForAll(["OVERDUE by", "Tenant update overdue"])
        // The overdue line is drawn as an alarm: red background (SGR 41) right before the text.
        try console.waitUntilColoured("the overdue countdown drawn red") { colours in
            colours.range(of: #"\[41mOVERDUE by"#, options: .regularExpression) != nil
        }
    }

    @Test func resizingBelowTheMinimumAndBack() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Resizing"]).status == 0)
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.waitFor("[1 Timeline]")
        try console.resize(width: 60, height: 20)
        try console.waitFor("Terminal too small: needs 80x24, this is 60x20")
        try console.resize(width: 120, height: 40)
        // The whole screen is repainted at the new size: the panes are back, the message is gone
        // and lines use the new width.
        try console.waitUntil("the full layout at 120x40") { screen in
            screen.contains("[1 Timeline]") && !screen.contains("too small")
                && screen.split(separator: "\n").contains { $0.count >= 110 }
        }
    }

    @Test func entriesFromAnotherProcessAppearWithNoKeyPressed() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Live"]).status == 0)
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.waitFor("Live")
        try #require(sandbox.run(["log", "--kind", "finding", "Seen from a script"], user: "robin").status == 0)
        try console.waitFor("Seen from a script")
    }

    @Test func theCommandLineTakesTheCLIVerbsAndNeverWaitsForStandardInput() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Command line"]).status == 0)
        try #require(sandbox.run(["log", "router 1 is down"]).status == 0)
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.waitFor("router 1 is down")
        console.sendKeys(":")
        console.type("log -")
        console.sendKeys("Enter")
        try console.waitFor("reads standard input, which the console cannot")
        // The line comes back to be fixed, not lost: clear it and type another.
        try console.waitFor("> log -")
        console.sendKeys("C-u")
        let entry = try #require((try showJSON(sandbox)["timeline"] as? [[String: Any]])?.first { $0["text"] as? String == "router 1 is down" })
        let prefix = String(try #require(entry["id"] as? String).prefix(8))
        console.type("correct \(prefix) router 2 is down")
        console.sendKeys("Enter")
        try console.waitForSaved("Corrected: router 2 is down")
        console.sendKeys(":")
        console.type("log --as bob elsewhere")
        console.sendKeys("Enter")
        try console.waitForAll(["do not apply here", "> log --as bob elsewhere"])
        console.sendKeys("Escape")
        try console.waitForAbsence(of: "do not apply here")
        // An apostrophe inside a word is text, not a quote.
        console.sendKeys(":")
        console.type("log can't reach the db")
        console.sendKeys("Enter")
        try console.waitForSaved("can't reach the db")
        // As in a shell, quotes after "=" group the words of an option's value.
        console.sendKeys(":")
        console.type("escalate 1 contacting --note=\"phoned Jo\"")
        console.sendKeys("Enter")
        try console.waitForSaved("contacting (phoned Jo)")
        // Verbs the console cannot run say where they do run.
        console.sendKeys(":")
        console.type("log --help")
        console.sendKeys("Enter")
        try console.waitFor("run incident log --help in a shell")
        console.sendKeys("C-u")
        console.type("export --format csv")
        console.sendKeys("Enter")
        try console.waitFor("run incident export in a shell")
        console.sendKeys("Escape")
        console.sendKeys("q")
        #expect(try console.waitForExit() == 0)
    }

    @Test func aPasteIsTextEvenWithKeysAndNewlinesInIt() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Pasting"]).status == 0)
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.waitFor("Pasting")
        // With no prompt open, pasted text must not run as keys (a plain "q" would quit).
        try console.tmux(["set-buffer", "-b", "keys", "q"])
        try console.tmux(["paste-buffer", "-p", "-b", "keys", "-t", "main"])
        try console.waitFor("Paste into a prompt")
        #expect(try console.exitStatusIfExited() == nil)
        console.sendKeys("n")
        try console.waitFor("Log a note")
        // tmux sends a bracketed paste (-p) because the console asked for one.
        try console.tmux(["set-buffer", "-b", "e2e", "q quit? R resolve? ! security?\nsecond line"])
        try console.tmux(["paste-buffer", "-p", "-b", "e2e", "-t", "main"])
        try console.waitFor("second line")
        console.sendKeys("Enter")
        try console.waitUntil("the note is logged") { $0.contains("q quit? R resolve? ! security?") && !$0.contains("Log a note") }
        #expect(try console.exitStatusIfExited() == nil)
        let texts = (try showJSON(sandbox)["timeline"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.contains("q quit? R resolve? ! security?\nsecond line"))
    }

    @Test func anEntryIsCorrectedAndAnotherStruckOutWithKeys() throws {
        let sandbox = try CLISandbox()
        try #require(sandbox.run(["new", "Amending"]).status == 0)
        try #require(sandbox.run(["log", "Restarted router 2"]).status == 0)
        try #require(sandbox.run(["log", "--kind", "finding", "Wrong dashboard again"]).status == 0)
        let console = try startConsole(sandbox)
        defer { console.kill() }
        try console.waitFor("Wrong dashboard again")

        // Search for the older entry: it is then the one preselected for correcting.
        console.sendKeys("/")
        console.type("router 2")
        console.sendKeys("Enter")
        try console.waitFor("/router 2: 1/1")
        console.sendKeys("E")
        try console.waitFor("Correct which entry?")
        console.sendKeys("Enter")
        try console.waitFor("Corrected text:")
        console.type(" and 3")
        console.sendKeys("Enter")
        try console.waitForSaved("Corrected: Restarted router 2 and 3")
        try console.waitFor("(corrected)")

        console.sendKeys("Escape")  // leave the search
        try console.waitForAbsence(of: "/router 2:")
        console.sendKeys("X")
        try console.waitFor("Strike out which entry?")
        console.sendKeys("Down")  // the list is newest first: the finding, then the corrected action
        console.sendKeys("Up")
        console.sendKeys("Enter")
        try console.waitFor("Why strike it out?")
        console.type("belongs to another incident")
        console.sendKeys("Enter")
        try console.waitForSaved("Struck: belongs to another incident")

        let timeline = try #require(try showJSON(sandbox)["timeline"] as? [[String: Any]])
        #expect(timeline.contains {
            $0["text"] as? String == "Restarted router 2 and 3" && $0["originalText"] as? String == "Restarted router 2"
        })
        #expect(timeline.contains {
            $0["text"] as? String == "Wrong dashboard again" && $0["struck"] as? String == "belongs to another incident"
        })
    }

    @Test func withTwoIncidentsOpenThePickerComesFirstAndIGoesBackToIt() throws {
        let sandbox = try CLISandbox()
        let first = try sandbox.run(["new", "Database failover"])
        let second = try sandbox.run(["new", "Router pool exhausted"])
        try #require(first.status == 0 && second.status == 0)
        let console = try startConsole(sandbox)
        defer { console.kill() }
        let picker = try console.waitForAll(["Open incidents (2)", "Database failover", "Router pool exhausted"])
        // Open the second in the list, so that a list coming back with the first selected would be caught.
        let secondListed = Self.firstListed(in: picker) == "Database failover" ? "Router pool exhausted" : "Database failover"
        console.sendKeys("j")
        console.sendKeys("Enter")
        try console.waitForAll(["[1 Timeline]", "Declared P1: \(secondListed)", "+1 open (i)"])
        console.sendKeys("i")
        try console.waitForAll(["Open incidents (2)", "Database failover", "Router pool exhausted"])
        // The incident just left is selected: Enter opens it again.
        console.sendKeys("Enter")
        try console.waitForAll(["[1 Timeline]", "Declared P1: \(secondListed)"])
        console.sendKeys("q")
        #expect(try console.waitForExit() == 0)
    }

    @Test func theListOfOpenIncidentsMarksWhatIsOverdue() throws {
        let sandbox = try CLISandbox()
        let declared = "2026-11-29T02:00:00Z"
        let ids = try ["Quiet one", "Noisy one"].map { title in
            let declaredNow = try sandbox.run(["new", title], now: declared)
            try #require(declaredNow.status == 0)
            let id = declaredNow.stdout.range(of: #"INC-[0-9]{8}-[A-Z0-9]+"#, options: .regularExpression).map { String(declaredNow.stdout[$0]) }
            return try #require(id, "no id in \(declaredNow.stdout)")
        }
        for incident in ids {
            try #require(sandbox.run(["comms", "--incident", incident, "--channel", "statuspage", "--component", "API", "Investigating"],
                                     now: declared).status == 0)
        }
        let console = try startConsole(sandbox, now: "2026-11-29T03:05:00Z")
        defer { console.kill() }
        let screen = try console.waitUntil("both incidents marked overdue") { screen in
            screen.components(separatedBy: "tenant update overdue").count == 3
        }
        #expect(screen.contains("Open incidents (2)"))
    }

    /// The title of the first incident in the picker's list.
    static func firstListed(in screen: String) -> String {
        ["Database failover", "Router pool exhausted"].min { a, b in
            (screen.range(of: a)?.lowerBound ?? screen.endIndex) < (screen.range(of: b)?.lowerBound ?? screen.endIndex)
        } ?? ""
    }

    static func countdown(in screen: String) -> String? {
        guard let range = screen.range(of: #"due in \d+:\d\d"#, options: .regularExpression) else { return nil }
        return String(screen[range])
    }
}
