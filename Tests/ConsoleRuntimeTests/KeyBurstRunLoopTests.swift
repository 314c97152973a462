/// Keys that arrive in one read are each a key, in order, and keys typed while the store works apply after it.
import ConsoleRuntime
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore
import ScreenGrid
import Testing

@Suite struct KeyBurstRunLoopTests {
    /// The entries' kinds and texts, in the order they were stored.
    private func entries(_ console: RunLoopHarness, _ id: IncidentID) throws -> [String] {
        try console.events(id).compactMap { event -> String? in
            if case let .entryLogged(kind, text) = event.payload { return "\(kind.rawValue): \(text)" }
            return nil
        }
    }

    @Test func enterEnterNInOneReadDeclaresAndTheKeysAfterItSeeTheNewIncident() throws {
        let console = try RunLoopHarness()
        #expect(console.screen.contains("No open incident"))
        // Title, Enter (priority), Enter (default priority), n (not a security incident), then a finding and an
        // action typed ahead of the declaration's reply: all read together.
        console.send(keys("n") + keys("Apps down") + [.enter, .enter] + keys("n")
                     + keys("f") + keys("Router 2 drops packets") + [.enter]
                     + keys("a") + keys("Restarted router 2") + [.enter])
        let id = try #require(try console.service.store.incidentIDs().first)
        #expect(try console.service.store.incidentIDs().count == 1)
        #expect(try console.events(id).first.map { if case .declared = $0.payload { true } else { false } } == true)
        #expect(try entries(console, id) == ["finding: Router 2 drops packets", "action: Restarted router 2"])
        #expect(!console.screen.contains("Log an action") && !console.screen.contains("Log a finding"))
        #expect(!console.screen.contains("Saving..."))
        #expect(console.terminal.pendingKeys.isEmpty)
    }

    @Test func anEnterFollowedByMoreKeysSubmitsAndTheNextLetterIsAKey() throws {
        var id = IncidentID("")
        let console = try RunLoopHarness { service in
            id = try #require(try service.declare(title: "Database slow", priority: .p2, securitySensitive: false, as: "ana").state.id)
        }
        console.send(keys("f") + keys("Replica lag is 40 s") + [.enter] + keys("a") + keys("Paused the batch job") + [.enter]
                     + keys("f") + keys("Lag back under 1 s") + [.enter])
        #expect(try entries(console, id) == ["finding: Replica lag is 40 s", "action: Paused the batch job",
                                             "finding: Lag back under 1 s"])
        #expect(!console.screen.contains("Log a finding"))
    }

    @Test func aBracketedPasteIsStillTextWithItsNewlines() throws {
        var id = IncidentID("")
        let console = try RunLoopHarness { service in
            id = try #require(try service.declare(title: "Database slow", priority: .p2, securitySensitive: false, as: "ana").state.id)
        }
        console.send(keys("f") + [.paste("Replica lag is 40 s\nq R")] + keys(" seen") + [.enter])
        #expect(try entries(console, id) == ["finding: Replica lag is 40 s\nq R seen"])
    }
}
