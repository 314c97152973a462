/// The playbook on the console's screen, in tmux at 16:00 and at 02:00 UTC: in or out of hours, the start-work clock,
/// who to call with their contacts, DataDog's chat open or closed, and a supplier contact recorded from the view.
import Foundation
import Testing

@Suite(.serialized) struct PlaybookConsoleTests {
    static let afternoon = "2026-11-30T16:00:00Z"  // a Monday, in hours (London is on UTC in winter)
    static let night = "2026-12-01T02:00:00Z"

    /// A team playbook on top of the standard one: the first level's holder with a phone, a rota person.
    private func teamPlaybook(_ sandbox: CLISandbox) throws -> String {
        let playbook = sandbox.path("team.toml")
        try Data("""
            [[roster]]
            name = "ravi"
            production_access = true
            phone = "+44 7700 900123"
            escalation_rota = true
            [escalation]
            levels = [{ id = "duty", title = "Duty manager", contacts = [{ name = "Jo Bloggs", phone = "+44 20 7946 0777", chat = "@jo" }] }]
            """.utf8).write(to: URL(fileURLWithPath: playbook))
        return playbook
    }

    @Test func atFourInTheAfternoon() throws {
        let sandbox = try CLISandbox()
        let playbook = try teamPlaybook(sandbox)
        try #require(sandbox.run(["new", "Metrics gone", "--playbook", playbook], now: Self.afternoon).status == 0)
        let console = try startConsole(sandbox, now: "2026-11-30T16:05:00Z", width: 120, height: 40, arguments: ["--playbook", playbook])
        defer { console.kill() }

        try console.waitFor(" P1  in hours  Metrics gone")
        // In hours a P1's work starts within 20 minutes of the declaration.
        try console.waitFor("Start work by 16:20: 1")
        try console.waitFor("Call: Jo Bloggs +44 20 7946 0777, @jo")

        console.sendKeys("S")
        // Each line is waited for: a screen read while the view is being drawn may hold its title only.
        try console.waitFor("Suppliers at 16:0")
        try console.waitFor("DataDog · no dedicated support: reachable now by chat, email")
        try console.waitFor("open until 1 Dec 00:00 · chat: https://www.datadoghq.com/support/")

        // A case opened with DataDog, recorded from the view, is in the record and on screen.
        console.sendKeys("r")
        try console.waitFor("Record contact with which supplier?")
        console.sendKeys("3")
        try console.waitFor("DataDog:")
        console.sendKeys("2")
        try console.waitFor("Case reference:")
        console.type("DD-4242")
        console.sendKeys("Enter")
        try console.waitForSaved("Supplier DataDog: support case opened")
        try console.waitFor("Recorded: support case opened at 16:0")
        let timeline = try #require(try showJSON(sandbox)["timeline"] as? [[String: Any]])
        #expect(timeline.contains { ($0["text"] as? String)?.contains("DataDog") == true }, "\(timeline)")

        // The first finding stops the start-work clock.
        console.sendKeys("Escape")
        try console.waitFor("[1 Timeline]")
        console.sendKeys("f")
        console.type("Collector out of disk")
        console.sendKeys("Enter")
        try console.waitForSaved("Collector out of disk")
        try console.waitUntil("the start-work clock is gone") { !$0.contains("Start work") && $0.contains("Declared 16:00") }
    }

    @Test func atTwoInTheMorning() throws {
        let sandbox = try CLISandbox()
        let playbook = try teamPlaybook(sandbox)
        try #require(sandbox.run(["new", "Apps down", "--playbook", playbook], now: Self.night).status == 0)
        let console = try startConsole(sandbox, now: "2026-12-01T02:45:00Z", width: 80, height: 24, arguments: ["--playbook", playbook])
        defer { console.kill() }

        try console.waitFor(" P1  out of hours  Apps down")
        // Out of hours the limit is 40 minutes: 02:40 has passed.
        try console.waitFor("Start work OVERDUE")

        console.sendKeys("S")
        try console.waitFor("Suppliers at 02:4")
        try console.waitFor("DataDog · no dedicated support")
        try console.waitFor("closed until 15:00 · chat: https://www.datadoghq.com/support/")
        try console.waitFor("AWS · full support: reachable now by console, chat, phone")
        console.sendKeys("Escape")
        try console.waitFor("[1 Timeline]")

        // Out of hours the comms question offers the person on the escalation rota, typed in.
        console.sendKeys("r")
        try console.waitFor("Assign or hand over which role?")
        console.sendKeys("2")
        try console.waitFor("escalation rota may do comms (ravi)")
        try console.waitFor("> ravi")
        console.sendKeys("Enter")
        try console.waitUntil("ravi holds comms") { $0.contains("Comms        ravi") }
        let roles = try #require(try showJSON(sandbox)["roles"] as? [[String: Any]])
        #expect(roles.contains { $0["role"] as? String == "comms" && $0["person"] as? String == "ravi" })
    }
}
