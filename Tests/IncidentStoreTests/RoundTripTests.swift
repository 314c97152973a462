/// Events come back exactly as appended, with the row columns the schema promises.
import Foundation
import GRDB
import IncidentCore
import Testing
@testable import IncidentStore
import IncidentPostgres

@Suite struct RoundTripTests {
    @Test(arguments: Engine.available) func appendedEventsReadBackEqualAndInOrder(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        let events = Sample.log(entries: 3)
        try store.append(events, expectedLastSequence: 0)

        #expect(try store.events(for: Sample.incident) == events)
        #expect(try store.events(for: Sample.other).isEmpty)
    }

    @Test func eventsSurviveReopening() throws {
        let folder = try TemporaryFolder()
        let events = Sample.log(entries: 2)
        try makeClosedStore(at: folder.storeURL, events: events)

        let reopened = try SQLiteEventStore(url: folder.storeURL)
        #expect(try reopened.events(for: Sample.incident) == events)
    }

    @Test func rowColumnsCopyTheEventAndPayloadIsTheJSONLine() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        let event = Sample.declared()
        try store.append([event], expectedLastSequence: 0)

        let row = try #require(try store.pool.read { try Row.fetchOne($0, sql: "SELECT * FROM event") })
        #expect(row["id"] as String == event.id.uuidString)
        #expect(row["incident"] as String == Sample.incident.rawValue)
        #expect(row["seq"] as Int == 1)
        #expect(row["kind"] as String == "declared")
        #expect(row["occurred_at"] as String == Timestamp.format(event.occurredAt))
        #expect(row["actor"] as String == "ana")
        // The line is the event in the current wire format, linked to the chain's start: the incident's id.
        var chained = event
        chained.previousHash = HashChain.genesis(Sample.incident)
        #expect(row["payload"] as String == EventWire.encode(chained))
    }

    @Test func writerSyncsFullyAndUsesWAL() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        let (synchronous, journal, foreignKeys) = try store.pool.writeWithoutTransaction { db in
            (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(synchronous == 2)  // FULL
        #expect(journal == "wal")
        #expect(foreignKeys == true)
    }

    @Test func undecodableRowNamesIncidentAndSequence() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        try store.append([Sample.declared()], expectedLastSequence: 0)
        let future = #"{"v":1,"id":"\#(UUID().uuidString)","incident":"\#(Sample.incident)","seq":2,"#
            + #""occurredAt":"2026-11-29T03:04:05.000Z","loggedAt":"2026-11-29T03:04:05.000Z","actor":"ana","#
            + #""kind":"teleported","payload":{"teleported":{}}}"#
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO event (id, incident, seq, kind, payload) VALUES (?, ?, 2, 'teleported', ?)",
                           arguments: [UUID().uuidString, Sample.incident.rawValue, future])
        }

        #expect(throws: StoreError.undecodableEvent(incident: Sample.incident, sequence: 2,
                                                    underlying: .unknownKind("teleported"))) {
            try store.events(for: Sample.incident)
        }
        #expect(try store.events(for: Sample.incident, after: 2).isEmpty)
    }
}
