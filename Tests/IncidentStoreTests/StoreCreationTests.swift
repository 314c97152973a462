/// A new store appears complete or not at all: built in a temporary file and linked into place, whoever races or dies.
import Foundation
import GRDB
import IncidentCore
import Testing
@testable import IncidentStore

@Suite struct StoreCreationTests {
    @Test func aNewStoreIsCompleteInWALModePrivateAndAlone() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        try store.close()

        #expect(try StoreFileHeader.inspect(folder.storeURL.path) == .sqlite(wal: true))
        #expect(try FileInspection.permissions(folder.storeURL) == 0o600)
        #expect(try StoreFingerprint.others(in: folder.url, besides: folder.storeURL).isEmpty)
        let reader = try #require(try SQLiteEventStore.openForReading(url: folder.storeURL))
        #expect(try reader.incidents().isEmpty)
    }

    @Test func manyThreadsCreatingTheSameStoreAllGetTheSameCompleteStore() throws {
        for _ in 0..<20 {
            let folder = try TemporaryFolder()
            let url = folder.file("new/incidents.sqlite")
            let failures = NSLockedList()
            DispatchQueue.concurrentPerform(iterations: 6) { index in
                do {
                    let store = try SQLiteEventStore(url: url)
                    try store.append([Sample.declared(IncidentID("INC-20261129-T\(index)"))], expectedLastSequence: 0)
                } catch {
                    failures.add("creator \(index): \(error)")
                }
            }
            #expect(failures.all.isEmpty)
            #expect(try SQLiteEventStore(url: url).incidents().count == 6)
            #expect(try StoreFingerprint.others(in: folder.file("new"), besides: url).allSatisfy { $0.hasPrefix("incidents.sqlite-") })
        }
    }

    @Test func aZeroByteFileLeftByAnOlderBuildIsMadeIntoAStoreByAWriter() throws {
        let folder = try TemporaryFolder()
        try Data().write(to: folder.storeURL)
        let store = try SQLiteEventStore(url: folder.storeURL)
        try store.append([Sample.declared()], expectedLastSequence: 0)
        #expect(try store.incidents().count == 1)
    }

    @Test func aCreationKilledAfterItsMigrationTableIsFinishedByTheNextWriter() throws {
        let folder = try TemporaryFolder()
        // What an older build left when killed between creating GRDB's table and the first migration.
        let queue = try DatabaseQueue(path: folder.storeURL.path)
        try queue.write { try $0.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)") }
        try queue.close()

        #expect(try SQLiteEventStore.openForReading(url: folder.storeURL) == nil)
        let store = try SQLiteEventStore(url: folder.storeURL)
        try store.append([Sample.declared()], expectedLastSequence: 0)
        #expect(try store.incidents().count == 1)
    }

    @Test func temporaryFilesOfCreatorsThatDiedAreRemovedAndLiveOnesKept() throws {
        let folder = try TemporaryFolder()
        let dead = folder.file(".incidents.sqlite.creating-\(try deadProcessID())-AbCdEf")
        let deadJournal = URL(fileURLWithPath: dead.path + "-journal")
        let live = folder.file(".incidents.sqlite.creating-\(getpid())-GhIjKl")
        for url in [dead, deadJournal, live] { try Data("x".utf8).write(to: url) }

        _ = try SQLiteEventStore(url: folder.storeURL)

        #expect(!FileInspection.exists(dead) && !FileInspection.exists(deadJournal))
        #expect(FileInspection.exists(live))
    }

    @Test func aFullDiskWhileCreatingSaysSoAndLeavesNoFile() throws {
        let folder = try TemporaryFolder()
        var options = StoreOptions()
        options.maxPageCountWhileCreating = 1

        #expect(throws: StoreError.diskFull(path: folder.storeURL.path)) {
            try SQLiteEventStore(url: folder.storeURL, options: options)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test(.enabled(if: Mounts.available, "needs root and tmpfs mounts"))
    func aReallyFullDiskWhileCreatingSaysDiskFullAndLeavesNoFile() throws {
        let disk = try SmallDisk(kilobytes: 64)
        disk.fill()
        let url = disk.url.appending(path: "incidents.sqlite")

        #expect(throws: StoreError.diskFull(path: url.path)) { try SQLiteEventStore(url: url) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.url.path) == ["filler"])
    }
}

/// Collects strings from concurrent threads.
final class NSLockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String] = []
    func add(_ value: String) { lock.withLock { values.append(value) } }
    var all: [String] { lock.withLock { values } }
}
