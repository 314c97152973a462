/// A store migrated by a newer build is refused untouched; older builds' stores are upgraded.
import Foundation
import GRDB
import IncidentCore
import Testing
@testable import IncidentStore

@Suite struct SchemaVersionTests {
    @Test func storeWithAnUnknownMigrationIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        try makeClosedStore(at: folder.storeURL, events: [Sample.declared()])
        let newer = try DatabaseQueue(path: folder.storeURL.path)
        try newer.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        try newer.close()
        let before = try FileInspection.bytes(folder.storeURL)

        #expect(throws: StoreError.newerSchema(path: folder.storeURL.path, unknownMigrations: ["v9-from-the-future"])) {
            try SQLiteEventStore(url: folder.storeURL)
        }
        #expect(try FileInspection.bytes(folder.storeURL) == before)
    }

    @Test func newStoreRecordsEveryKnownMigration() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        let applied = try store.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(Set(applied) == Set(StoreSchema.knownMigrations))
        #expect(StoreSchema.version == StoreSchema.knownMigrations.last)
    }

    @Test func emptyFileBecomesAStore() throws {
        let folder = try TemporaryFolder()
        try Data().write(to: folder.storeURL)
        let store = try SQLiteEventStore(url: folder.storeURL)
        try store.append([Sample.declared()], expectedLastSequence: 0)
        #expect(try store.events(for: Sample.incident).count == 1)
    }
}
