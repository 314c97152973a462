/// The run loop with a fake terminal and a real store: keys to events, live follow, reminders, refusals.
import ConsoleRuntime
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore
import ScreenGrid
import Testing

@Suite struct RunLoopTests {
    @Test func keysDeclareAnIncidentAndLogAnEntryThatIsStoredAndShown() throws {
        let console = try RunLoopHarness()
        #expect(console.screen.contains("No open incident"))
        console.send(keys("n"))
        #expect(console.screen.contains("Title: what is broken"))
        console.send(keys("Apps unreachable") + [.enter])
        console.send([.enter])
        console.send(keys("n"))
        let id = try #require(try console.service.store.incidentIDs().first)
        #expect(console.screen.contains("Apps unreachable"))

        console.send(keys("a"))
        console.send(keys("Restarted router 2") + [.enter])
        let events = try console.events(id)
        #expect(events.count == 2)
        #expect(events.last?.payload == .entryLogged(kind: .action, text: "Restarted router 2"))
        #expect(console.screen.contains("Restarted router 2"))
        #expect(!console.screen.contains("Saving..."))
    }

    @Test func anEntryAppendedByAnotherProcessShowsOnTheNextTick() throws {
        var id = IncidentID("")
        let console = try RunLoopHarness { service in
            id = try #require(try service.declare(title: "Database slow", priority: .p2, securitySensitive: false, as: "sam").state.id)
        }
        #expect(console.screen.contains("Database slow"))
        try console.otherService().perform(.log(.finding, text: "Replica lag is 40 s", at: nil), on: id, as: "kim")
        #expect(!console.screen.contains("Replica lag is 40 s"))
        console.tick()
        #expect(console.screen.contains("Replica lag is 40 s"))
    }

    @Test func aReminderRingsWhenTheTenantUpdateFallsDue() throws {
        var id = IncidentID("")
        let console = try RunLoopHarness(actor: "sam", notifications: true) { service in
            id = try #require(try service.declare(title: "Apps unreachable", priority: .p1, securitySensitive: false, as: "sam").state.id)
            try service.perform(.assignRole(.lead, "sam", productionAccessConfirmed: true), on: id, as: "sam")
            try service.perform(.sendComms(CommsRequest(channel: .statuspage, text: "investigating", components: ["API"])), on: id, as: "sam")
        }
        let clock = CommsClock(state: try console.service.state(of: id), playbook: console.service.playbook, now: console.clock.now())
        let due = try #require(clock.dueAt)
        func tenantReminders() -> Int { console.terminal.notifications.filter { $0.body.contains("Tenant update overdue") }.count }

        console.tick(seconds: due.timeIntervalSince(console.clock.now()) - 2)
        #expect(tenantReminders() == 0)
        let bells = console.terminal.bellCount
        console.tick(seconds: 3)
        #expect(tenantReminders() == 1)
        #expect(console.terminal.bellCount == bells + 1)
        #expect(console.terminal.notifications.last?.title.contains(id.rawValue) == true)
        // Rung once, not again on the next tick.
        console.tick()
        #expect(tenantReminders() == 1)
        #expect(console.terminal.bellCount == bells + 1)
    }

    @Test func aRefusalIsShownInFullAndAppendsNothing() throws {
        var id = IncidentID("")
        let console = try RunLoopHarness(actor: "cam") { service in
            id = try #require(try service.declare(title: "Database slow", priority: .p1, securitySensitive: false, as: "sam").state.id)
            try service.perform(.assignRole(.lead, "sam", productionAccessConfirmed: true), on: id, as: "sam")
        }
        let stored = try console.events(id).count
        // The text field opens with the record's reason over it; the text typed lands there and the record refuses it.
        console.send(keys("p"))
        console.send(keys("Failed over the primary") + [.enter])
        #expect(console.screen.contains("Only the incident lead (sam) makes production changes."))
        #expect(try console.events(id).count == stored)
        // Typed in one go after a key refused at once (R), the rest is not read as keys ("a" would log an action).
        console.send([.escape] + keys("RFailed over") + [.enter])
        #expect(console.screen.contains("The keys typed after it were not used."))
        #expect(try console.events(id).count == stored)
        #expect(!console.screen.contains("Saving..."))
    }
}
