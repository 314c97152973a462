/// The local queue on real SQLite files: kept in order across reopening, sent once by event id, re-decided on send.
import Foundation
import Testing
@testable import IncidentApp
import IncidentCore
import IncidentStore

@Suite struct OutboxTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("incident-outbox-\(UUID().uuidString)")
    var file: URL { folder.appendingPathComponent("config/incident/outbox.sqlite") }
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// An incident declared by sam in a real store, and its state.
    func declared(_ store: any EventStore) throws -> (IncidentService, IncidentID) {
        let service = try service(store)
        let id = try #require(try service.declare(title: "Apps down", priority: .p2, securitySensitive: false, as: "sam").state.id)
        return (service, id)
    }

    func item(_ command: Command, on state: IncidentState, as actor: Person = "sam", at offset: TimeInterval = 0,
              playbook: Playbook = .standard) throws -> OutboxItem {
        let decided = OutboxDelivery.decideForQueue(command, on: state, basis: state.lastSequence, actor: actor,
                                                    now: state.timeline.last!.loggedAt.addingTimeInterval(60 + offset), playbook: playbook)
        return try #require(try decided.get())
    }

    @Test func keptItemsComeBackInOrderAfterReopeningPerStoreAndIncident() throws {
        #expect(try Outbox.open(at: file, creating: false) == nil)
        #expect(!FileManager.default.fileExists(atPath: file.path), "reading creates no file")
        let (store, _) = try temporaryStore()
        let (service, id) = try declared(store)
        var state = try service.state(of: id)
        var items: [OutboxItem] = []
        let outbox = try #require(try Outbox.open(at: file, creating: true))
        for (index, text) in ["first", "second — 漢字", "third\nwith a line"].enumerated() {
            let kept = try outbox.add(try item(.log(.finding, text: text, at: nil), on: state, at: Double(index)), store: "pg://a")
            for event in kept.events { state.apply(event) }
            items.append(kept)
        }
        try outbox.add(try item(.log(.action, text: "elsewhere", at: nil), on: state), store: "pg://b")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let reopened = try #require(try Outbox.open(at: file, creating: false))
        #expect(try reopened.items(store: "pg://a") == items)
        #expect(try reopened.items(store: "pg://a", incident: id) == items)
        #expect(try reopened.items(store: "pg://a", incident: IncidentID("INC-other")).isEmpty)
        #expect(try reopened.items(store: "pg://b").map(OutboxDelivery.typedText) == ["elsewhere"])
        try reopened.remove(items[1].position)
        #expect(try Outbox.open(at: file, creating: false)?.items(store: "pg://a").map(OutboxDelivery.typedText) == ["first", "third\nwith a line"])
    }

    @Test func anItemIsAppendedOnceHoweverOftenItIsSent() throws {
        let (store, _) = try temporaryStore()
        let (service, id) = try declared(store)
        let known = try service.state(of: id)
        let kept = try item(.log(.action, text: "restarted router 2", at: nil), on: known)
        // Another machine appends meanwhile: the item is decided again after it, keeping its ids.
        try service.perform(.log(.finding, text: "from another machine", at: nil), on: id, as: "cam")
        var state = known
        #expect(try OutboxDelivery.send(kept, state: &state, store: store, playbook: .standard) == .appended(
            try store.events(for: id).suffix(kept.events.count)))
        var again = try service.state(of: id)
        #expect(try OutboxDelivery.send(kept, state: &again, store: store, playbook: .standard) == .alreadyStored)
        var stale = known
        #expect(try OutboxDelivery.send(kept, state: &stale, store: store, playbook: .standard) == .alreadyStored)
        let events = try store.events(for: id)
        #expect(events.filter { kept.eventIDs.contains($0.id) }.count == kept.events.count)
        #expect(events.map(\.sequence) == Array(1...events.count))
        #expect(try service.state(of: id).timeline.map(\.text).suffix(2) == ["from another machine", "restarted router 2"])
        #expect(events.last?.loggedAt == kept.events.last?.loggedAt, "logged at the time it was typed")
    }

    @Test func eventsStoredBeforeTheReplyWasLostAreNotSentAgain() throws {
        let (store, _) = try temporaryStore()
        let (service, id) = try declared(store)
        let known = try service.state(of: id)
        let kept = try item(.log(.action, text: "failed over", at: nil), on: known)
        // The server stored the append, but the connection broke before it answered.
        try store.append(kept.events, expectedLastSequence: known.lastSequence)
        try service.perform(.log(.finding, text: "later", at: nil), on: id, as: "cam")
        let before = try store.events(for: id)
        var state = known
        #expect(try OutboxDelivery.send(kept, state: &state, store: store, playbook: .standard) == .alreadyStored)
        #expect(try store.events(for: id) == before)
        #expect(before.filter { kept.eventIDs.contains($0.id) }.count == kept.events.count)
    }

    @Test func aCommandTheFreshStateRefusesAppendsNothingAndKeepsItsText() throws {
        let (store, _) = try temporaryStore()
        let (service, id) = try declared(store)
        try service.perform(.assignRole(.lead, "cam", productionAccessConfirmed: true), on: id, as: "sam")
        let known = try service.state(of: id)
        // Offline, cam (the lead as far as cam's console knows) records a production change...
        let kept = try item(.log(.productionChange, text: "Failed over the primary", at: nil), on: known, as: "cam")
        // ...while the team handed the lead to sam.
        try service.perform(.assignRole(.lead, "sam", productionAccessConfirmed: true), on: id, as: "sam")
        let before = try store.events(for: id)
        var state = known
        guard case let .refused(refusal) = try OutboxDelivery.send(kept, state: &state, store: store, playbook: .standard) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(refusal.reason == .notPermitted)
        #expect(refusal.description.contains("sam"))
        #expect(try store.events(for: id) == before)
        #expect(OutboxDelivery.typedText(of: kept) == "Failed over the primary")
    }

    @Test func aDecisionTheRulesRefuseIsNotKept() throws {
        let (store, _) = try temporaryStore()
        let (service, id) = try declared(store)
        let state = try service.state(of: id)
        let decided = OutboxDelivery.decideForQueue(.strike(entry: UUID(), reason: "wrong"), on: state, basis: state.lastSequence,
                                                    actor: "sam", now: now, playbook: .standard)
        #expect(throws: Refusal.self) { try decided.get() }
    }

    @Test func theStateKeptWhenTheServerWentAwayComesBackUntilForgotten() throws {
        let (store, _) = try temporaryStore()
        let (service, id) = try declared(store)
        try service.perform(.log(.finding, text: "before the server went away", at: nil), on: id, as: "sam")
        let state = try service.state(of: id)
        let outbox = try #require(try Outbox.open(at: file, creating: true))
        try outbox.saveKnownState(state, store: "pg://a")
        try outbox.saveKnownState(state, store: "pg://a")
        let reopened = try #require(try Outbox.open(at: file, creating: false))
        #expect(try reopened.knownStates(store: "pg://a") == [state])
        #expect(try reopened.knownStates(store: "pg://b").isEmpty)
        try reopened.forgetKnownStates(store: "pg://a")
        #expect(try reopened.knownStates(store: "pg://a").isEmpty)
    }
}
