/// Performing on a state the caller already follows: decided on it, and a stale one brought up to date by its tail.
import Foundation
import Testing
@testable import IncidentApp
import IncidentCore
import IncidentStore

@Suite struct KnownStateTests {
    @Test func aStaleKnownStateIsBroughtUpToDateBeforeTheCommandIsDecidedAgain() throws {
        let (store, _) = try temporaryStore()
        let service = try service(store)
        let declared = try service.declare(title: "Apps down", priority: .p2, securitySensitive: false, as: "sam")
        let id = try #require(declared.state.id)
        let stale = declared.state
        // Another writer appends after the caller's state was read: "pat" becomes lead.
        try service.perform(.assignRole(.lead, "pat", productionAccessConfirmed: true), on: id, as: "sam")
        let accepted = try service.perform(.log(.finding, text: "disk full", at: nil), on: id, as: "sam", from: stale)
        #expect(accepted.state == IncidentState.replay(try store.events(for: id)))
        #expect(accepted.state.lead == "pat")
        #expect(accepted.events.map(\.sequence) == [stale.lastSequence + 2])
    }

    @Test func aKnownStateOfAnotherIncidentIsNotUsed() throws {
        let (store, _) = try temporaryStore()
        let service = try service(store)
        let first = try service.declare(title: "one", priority: .p2, securitySensitive: false, as: "sam").state
        let second = try #require(try service.declare(title: "two", priority: .p2, securitySensitive: false, as: "sam").state.id)
        let accepted = try service.perform(.log(.note, text: "on two", at: nil), on: second, as: "sam", from: first)
        #expect(accepted.state.title == "two")
        #expect(try store.events(for: second).last?.payload == .entryLogged(kind: .note, text: "on two"))
    }
}
