/// Files that are not stores, or damaged stores, are refused with a clear error and left byte-for-byte untouched.
import Foundation
import GRDB
import IncidentCore
import Testing
@testable import IncidentStore

@Suite struct DamagedFileTests {
    @Test func randomBytesAreNotADatabaseAndStayUntouched() throws {
        let folder = try TemporaryFolder()
        var generator = SystemRandomNumberGenerator()
        let garbage = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try garbage.write(to: folder.storeURL)

        #expect(throws: StoreError.notADatabase(path: folder.storeURL.path)) {
            try SQLiteEventStore(url: folder.storeURL)
        }
        #expect(try FileInspection.bytes(folder.storeURL) == garbage)
        #expect(StoreError.notADatabase(path: folder.storeURL.path).description.contains("left untouched"))
    }

    @Test func truncatedStoreIsDamagedAndStaysUntouched() throws {
        let folder = try TemporaryFolder()
        // Enough events for the table to span many pages, so cutting the file loses some of them.
        let bigText = String(repeating: "x", count: 2000)
        let events = [Sample.declared()] + (2...60).map { Sample.entry(sequence: $0, text: bigText) }
        try makeClosedStore(at: folder.storeURL, events: events)
        let whole = try FileInspection.bytes(folder.storeURL)
        // Otherwise the -wal could still supply the pages cut off below.
        try #require(FileInspection.sidecars(of: folder.storeURL).isEmpty)
        try #require(whole.count > 60 * 2000)
        let truncated = whole.prefix(whole.count / 2)
        try truncated.write(to: folder.storeURL)

        let error = #expect(throws: StoreError.self) { try SQLiteEventStore(url: folder.storeURL) }
        guard case .damaged(let path, _) = error else {
            Issue.record("expected .damaged, got \(String(describing: error))")
            return
        }
        #expect(path == folder.storeURL.path)
        #expect(try FileInspection.bytes(folder.storeURL) == truncated)
        #expect(error?.description.contains("left untouched") == true)
    }

    @Test func anotherProgramsDatabaseIsRefusedAndStaysUntouched() throws {
        let folder = try TemporaryFolder()
        let other = try DatabaseQueue(path: folder.storeURL.path)
        try other.write { db in
            try db.execute(sql: "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org')")
        }
        try other.close()
        let before = try FileInspection.bytes(folder.storeURL)

        #expect(throws: StoreError.notAnIncidentStore(path: folder.storeURL.path, tables: ["bookmarks"])) {
            try SQLiteEventStore(url: folder.storeURL)
        }
        #expect(try FileInspection.bytes(folder.storeURL) == before)
        #expect(FileInspection.sidecars(of: folder.storeURL).isEmpty)
    }

    @Test func anEmptySQLiteFileBecomesAStore() throws {
        let folder = try TemporaryFolder()
        try DatabaseQueue(path: folder.storeURL.path).close()
        let store = try SQLiteEventStore(url: folder.storeURL)
        try store.append([Sample.declared()], expectedLastSequence: 0)
        #expect(try store.incidents().count == 1)
    }

    @Test func aFolderInPlaceOfTheStoreFileIsRefused() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.storeURL, withIntermediateDirectories: false)

        #expect(throws: StoreError.cannotOpen(path: folder.storeURL.path, reason: "it is a folder, not a store file")) {
            try SQLiteEventStore(url: folder.storeURL)
        }
    }
}
