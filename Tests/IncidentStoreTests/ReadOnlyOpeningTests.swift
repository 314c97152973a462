/// Reading opens the store read-only: it works where writing cannot, and changes no byte of the store or its -wal.
import Foundation
import GRDB
import IncidentCore
import Testing
@testable import IncidentStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct ReadOnlyOpeningTests {
    /// Reads everything a read command reads, then closes.
    private func readAll(_ url: URL) throws -> [Event] {
        let store = try #require(try SQLiteEventStore.openForReading(url: url))
        #expect(store.isReadOnly)
        let incidents = try store.incidents()
        let events = try incidents.flatMap { try store.events(for: $0.id) }
        try store.close()
        return events
    }

    @Test func readingAClosedStoreChangesNoByte() throws {
        let folder = try TemporaryFolder()
        let log = Sample.log(entries: 3)
        try makeClosedStore(at: folder.storeURL, events: log)
        let before = StoreFingerprint.of(folder.storeURL)

        #expect(try readAll(folder.storeURL) == log)
        #expect(StoreFingerprint.of(folder.storeURL)[0] == before[0])
        // SQLite's read-only WAL reader may leave an empty -wal (and its -shm index) where none was: no content.
        #expect(StoreFingerprint.of(folder.storeURL)[1].map(\.isEmpty) ?? true)
    }

    @Test func readingWhileAWriterHasEntriesInTheWALChangesNoByteAndSeesThem() throws {
        let folder = try TemporaryFolder()
        let writer = try SQLiteEventStore(url: folder.storeURL)
        let log = Sample.log(entries: 3)
        try writer.append(log, expectedLastSequence: 0)
        let before = StoreFingerprint.of(folder.storeURL)
        try #require(before[1].map { !$0.isEmpty } == true, "the entries should still be in the -wal")

        #expect(try readAll(folder.storeURL) == log)
        #expect(StoreFingerprint.of(folder.storeURL) == before)
    }

    @Test func readingWorksWhileAnotherConnectionHoldsTheWriteLock() throws {
        let folder = try TemporaryFolder()
        let log = Sample.log(entries: 2)
        try makeClosedStore(at: folder.storeURL, events: log)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: folder.storeURL.path, configuration: configuration)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "DELETE FROM event WHERE seq = 3")
        }
        let before = StoreFingerprint.of(folder.storeURL)

        let fast = StoreOptions(busyTimeout: 0.1)
        let store = try #require(try SQLiteEventStore.openForReading(url: folder.storeURL, options: fast))
        #expect(try store.events(for: Sample.incident) == log)
        try store.close()
        #expect(StoreFingerprint.of(folder.storeURL) == before)
        try other.inDatabase { try $0.execute(sql: "ROLLBACK") }
        try other.close()
    }

    @Test func aStoreOpenedForReadingRefusesToWriteWithTheReadOnlyMessage() throws {
        let folder = try TemporaryFolder()
        try makeClosedStore(at: folder.storeURL, events: [Sample.declared()])
        let store = try #require(try SQLiteEventStore.openForReading(url: folder.storeURL))
        let before = StoreFingerprint.of(folder.storeURL)

        let error = #expect(throws: StoreError.self) { try store.append([Sample.entry(sequence: 2)], expectedLastSequence: 1) }
        guard case .readOnly(let path, _) = error else {
            Issue.record("expected .readOnly, got \(String(describing: error))")
            return
        }
        #expect(path == folder.storeURL.path)
        #expect(error?.description.contains("Nothing was saved") == true)
        try store.close()
        #expect(StoreFingerprint.of(folder.storeURL)[0] == before[0])
    }

    @Test func nothingToReadCreatesNothing() throws {
        let folder = try TemporaryFolder()
        #expect(try SQLiteEventStore.openForReading(url: folder.storeURL) == nil)
        #expect(try SQLiteEventStore.openForReading(url: folder.file("missing/incidents.sqlite")) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func aZeroByteFileIsNotMadeIntoAStoreByReading() throws {
        let folder = try TemporaryFolder()
        try Data().write(to: folder.storeURL)

        #expect(try SQLiteEventStore.openForReading(url: folder.storeURL) == nil)
        #expect(try FileInspection.bytes(folder.storeURL).isEmpty)
        #expect(try StoreFingerprint.others(in: folder.url, besides: folder.storeURL).isEmpty)
    }

    @Test(.enabled(if: Mounts.available, "needs root and bind mounts"))
    func readingWorksOnAReadOnlyFileSystemAndWritingSaysReadOnly() throws {
        let folder = try TemporaryFolder()
        let log = Sample.log(entries: 2)
        try makeClosedStore(at: folder.storeURL, events: log)
        let before = StoreFingerprint.of(folder.storeURL)
        let view = try ReadOnlyView(of: folder.url)
        let url = view.url.appending(path: "incidents.sqlite")

        #expect(try readAll(url) == log)
        let error = #expect(throws: StoreError.self) {
            try SQLiteEventStore(url: url).append([Sample.entry(sequence: 3)], expectedLastSequence: 2)
        }
        guard case .readOnly = error else {
            Issue.record("expected .readOnly, got \(String(describing: error))")
            return
        }
        #expect(StoreFingerprint.of(folder.storeURL) == before)
        #expect(try StoreFingerprint.others(in: folder.url, besides: folder.storeURL).isEmpty)
    }

    @Test(.enabled(if: Mounts.available, "needs root and tmpfs mounts"))
    func readingWorksOnAFullDisk() throws {
        let disk = try SmallDisk(kilobytes: 256)
        let url = disk.url.appending(path: "incidents.sqlite")
        let log = Sample.log(entries: 2)
        try makeClosedStore(at: url, events: log)
        disk.fill()
        let before = StoreFingerprint.of(url)

        #expect(try readAll(url) == log)
        #expect(StoreFingerprint.of(url)[0] == before[0])
    }

    /// Root ignores file modes, so this runs only for other users; the read-only mount test covers root.
    @Test(.enabled(if: geteuid() != 0, "root ignores file modes"))
    func readingWorksOnAFileAndFolderWithoutWritePermission() throws {
        let folder = try TemporaryFolder()
        let log = Sample.log(entries: 2)
        try makeClosedStore(at: folder.storeURL, events: log)
        chmod(folder.storeURL.path, 0o400)
        chmod(folder.url.path, 0o500)
        defer { chmod(folder.url.path, 0o700) }

        #expect(try readAll(folder.storeURL) == log)
    }
}
