/// Appends keep each incident's log gap-free: stale writers, misnumbered or mixed batches and reused ids write nothing.
import Foundation
import IncidentCore
import Testing
@testable import IncidentStore
import IncidentPostgres

@Suite struct AppendGuardTests {
    @Test(arguments: Engine.available) func consecutiveAppendsContinueTheSequence(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        try store.append([Sample.declared()], expectedLastSequence: 0)
        try store.append([Sample.entry(sequence: 2), Sample.entry(sequence: 3)], expectedLastSequence: 1)
        try store.append([Sample.entry(sequence: 4)], expectedLastSequence: 3)

        #expect(try store.events(for: Sample.incident).map(\.sequence) == [1, 2, 3, 4])
    }

    @Test(arguments: Engine.available) func staleExpectedSequenceIsAConflictAndWritesNothing(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        try store.append(Sample.log(entries: 2), expectedLastSequence: 0)
        let before = try store.events(for: Sample.incident)

        // Built on state at #2, but the log is at #3 now.
        #expect(throws: StoreError.conflict(currentLastSequence: 3)) {
            try store.append([Sample.entry(sequence: 3)], expectedLastSequence: 2)
        }
        #expect(try store.events(for: Sample.incident) == before)
    }

    @Test(arguments: Engine.available) func firstAppendToAnExistingIncidentConflicts(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        try store.append([Sample.declared()], expectedLastSequence: 0)

        #expect(throws: StoreError.conflict(currentLastSequence: 1)) {
            try store.append([Sample.declared()], expectedLastSequence: 0)
        }
        #expect(try store.events(for: Sample.incident).count == 1)
    }

    @Test(arguments: Engine.available) func misnumberedEventsAreRefused(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        try store.append([Sample.declared()], expectedLastSequence: 0)

        #expect(throws: StoreError.invalidSequence(incident: Sample.incident, expected: 2, found: 3)) {
            try store.append([Sample.entry(sequence: 3)], expectedLastSequence: 1)
        }
        #expect(throws: StoreError.invalidSequence(incident: Sample.incident, expected: 3, found: 4)) {
            try store.append([Sample.entry(sequence: 2), Sample.entry(sequence: 4)], expectedLastSequence: 1)
        }
        #expect(try store.events(for: Sample.incident).map(\.sequence) == [1])
    }

    @Test(arguments: Engine.available) func eventsOfSeveralIncidentsInOneAppendAreRefused(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()

        #expect(throws: StoreError.mixedIncidents([Sample.incident, Sample.other])) {
            try store.append([Sample.declared(), Sample.entry(Sample.other, sequence: 2)], expectedLastSequence: 0)
        }
        #expect(try store.incidents().isEmpty)
    }

    @Test(arguments: Engine.available) func reusedEventIDIsRefused(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        let declared = Sample.declared()
        try store.append([declared], expectedLastSequence: 0)
        var copy = Sample.entry(sequence: 2)
        copy.id = declared.id

        #expect(throws: StoreError.duplicateEvent(id: declared.id)) {
            try store.append([copy], expectedLastSequence: 1)
        }
        #expect(try store.events(for: Sample.incident) == [declared])
    }

    @Test(arguments: Engine.available) func emptyAppendIsANoOp(engine: Engine) throws {
        let database = try TestDatabase(engine)
        let store = try database.open()
        try store.append([], expectedLastSequence: 42)
        #expect(try store.incidents().isEmpty)
    }
}
