/// "What changed since N" and the incident list.
import Foundation
import IncidentCore
import Testing
@testable import IncidentStore
import IncidentPostgres

@Suite struct ReadTests {
    @Test(arguments: Engine.available) func eventsAfterReturnOnlyLaterOnes(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        let events = Sample.log(entries: 4)
        try store.append(events, expectedLastSequence: 0)

        #expect(try store.events(for: Sample.incident, after: 3) == Array(events[3...]))
        #expect(try store.events(for: Sample.incident, after: 0) == events)
        #expect(try store.events(for: Sample.incident, after: 5).isEmpty)
    }

    @Test(arguments: Engine.available) func eventsAfterSeesWritesOfAnotherStoreOnTheSameFile(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let follower = try database.open()
        let writer = try database.open()
        try writer.append([Sample.declared()], expectedLastSequence: 0)
        #expect(try follower.events(for: Sample.incident, after: 0).map(\.sequence) == [1])

        let next = Sample.entry(sequence: 2)
        try writer.append([next], expectedLastSequence: 1)
        #expect(try follower.events(for: Sample.incident, after: 1) == [next])
    }

    @Test(arguments: Engine.available) func incidentsSummariseEachIncidentNewestFirst(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        let older = Sample.declared(Sample.incident, title: "Checkout failing", priority: .p1, at: Sample.start)
        let newer = Sample.declared(Sample.other, title: "Slow search", priority: .p3,
                                    at: Sample.start.addingTimeInterval(3600))
        try store.append([older, Sample.entry(sequence: 2)], expectedLastSequence: 0)
        try store.append([newer], expectedLastSequence: 0)
        let resolved = Event(id: UUID(), incidentID: Sample.incident, sequence: 3, occurredAt: Sample.start,
                             loggedAt: Sample.start, actor: "ana",
                             payload: .resolved(productManager: "pm", deliveryManager: "dm", note: nil))
        try store.append([resolved], expectedLastSequence: 2)

        #expect(try store.incidents() == [
            IncidentSummary(id: Sample.other, title: "Slow search", priority: .p3, phase: .active,
                            declaredAt: newer.occurredAt, lastSequence: 1),
            IncidentSummary(id: Sample.incident, title: "Checkout failing", priority: .p1, phase: .resolved,
                            declaredAt: older.occurredAt, lastSequence: 3),
        ])
    }

    @Test func summaryRoundTripsThroughJSON() throws {
        let summary = IncidentSummary(id: Sample.incident, title: "t", priority: .p2, phase: .closed,
                                      declaredAt: Sample.start, lastSequence: 7)
        let decoded = try JSONDecoder().decode(IncidentSummary.self, from: JSONEncoder().encode(summary))
        #expect(decoded == summary)
    }
}
