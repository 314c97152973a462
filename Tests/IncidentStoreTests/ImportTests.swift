/// Importing is idempotent by event id and all-or-nothing when logs diverge or would have holes.
import Foundation
import IncidentCore
import Testing
@testable import IncidentStore
import IncidentPostgres

@Suite struct ImportTests {
    @Test(arguments: Engine.available) func importingTwiceAddsOnce(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        let events = Sample.log(entries: 2) + Sample.log(Sample.other, entries: 1)

        #expect(try store.importEvents(events) == 5)
        #expect(try store.importEvents(events) == 0)
        #expect(try store.events(for: Sample.incident) == Array(events[0..<3]))
        #expect(try store.events(for: Sample.other) == Array(events[3...]))
    }

    @Test(arguments: Engine.available) func importAddsOnlyTheMissingTailInAnyOrder(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        let events = Sample.log(entries: 4)
        try store.append(Array(events[0..<2]), expectedLastSequence: 0)

        #expect(try store.importEvents(events.reversed()) == 3)
        #expect(try store.events(for: Sample.incident) == events)
    }

    @Test(arguments: Engine.available) func duplicatesWithinOneImportCountOnce(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        let declared = Sample.declared()
        #expect(try store.importEvents([declared, declared]) == 1)
    }

    @Test(arguments: Engine.available) func divergedLogIsRefusedAndNothingIsImported(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        let local = Sample.log(entries: 1)
        try store.append(local, expectedLastSequence: 0)
        // Another machine's #2 for the same incident: a different event.
        let theirs = [local[0], Sample.entry(sequence: 2, text: "theirs"), Sample.entry(sequence: 3)]
        let unrelated = Sample.log(Sample.other, entries: 0)

        #expect(throws: StoreError.importConflict(incident: Sample.incident, sequence: 2)) {
            try store.importEvents(unrelated + theirs)
        }
        #expect(try store.events(for: Sample.incident) == local)
        #expect(try store.events(for: Sample.other).isEmpty)
    }

    @Test(arguments: Engine.available) func importLeavingAHoleIsRefused(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        let events = Sample.log(entries: 3)

        #expect(throws: StoreError.importLeavesGap(incident: Sample.incident, missingSequence: 2)) {
            try store.importEvents([events[0], events[2], events[3]])
        }
        #expect(try store.incidents().isEmpty)
    }
}
