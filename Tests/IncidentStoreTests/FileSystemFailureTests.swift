/// Uncreatable folders, a full disk and a held lock give clear errors and never lose what was saved before.
import Foundation
import GRDB
import IncidentCore
import Testing
@testable import IncidentStore

@Suite struct FileSystemFailureTests {
    /// CI runs tests as root, and root ignores chmod-based read-only folders. A regular file used as a
    /// folder fails for everyone (ENOTDIR), so it stands in for "a folder that cannot be created".
    @Test func folderThatIsAFileIsUnavailableAndNothingIsCreated() throws {
        let folder = try TemporaryFolder()
        let blocker = folder.file("file.txt")
        try Data("not a folder".utf8).write(to: blocker)
        let url = blocker.appending(path: "deeper/incidents.sqlite")

        #expect(throws: StoreError.directoryUnavailable(path: url.path, reason: "\(blocker.path) is a file, not a folder")) {
            try SQLiteEventStore(url: url)
        }
        #expect(try FileInspection.bytes(blocker) == Data("not a folder".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["file.txt"])
    }

    @Test func fullDiskRefusesTheEntryKeepsEarlierOnesAndTheStoreStillOpens() throws {
        let folder = try TemporaryFolder()
        let earlier = Sample.log(entries: 2)
        try makeClosedStore(at: folder.storeURL, events: earlier)

        var options = StoreOptions()
        options.maxPageCount = 1  // SQLite clamps this to the current size: the file may not grow at all.
        let cramped = try SQLiteEventStore(url: folder.storeURL, options: options)
        let big = Sample.entry(sequence: 4, text: String(repeating: "log line ", count: 20_000))
        #expect(throws: StoreError.diskFull(path: folder.storeURL.path)) {
            try cramped.append([big], expectedLastSequence: 3)
        }
        #expect(try cramped.events(for: Sample.incident) == earlier)
        try cramped.close()

        let reopened = try SQLiteEventStore(url: folder.storeURL)
        #expect(try reopened.events(for: Sample.incident) == earlier)
        try reopened.append([big], expectedLastSequence: 3)
        #expect(try reopened.events(for: Sample.incident).count == 4)
    }

    @Test func diskFullMessageSaysWhatIsSafe() {
        #expect(StoreError.diskFull(path: "/x").description
            .hasPrefix("the disk is full: this entry was NOT saved; earlier entries are safe; free space and retry"))
    }

    @Test func lockHeldByAnotherConnectionGivesBusyAfterTheTimeout() throws {
        let folder = try TemporaryFolder()
        try makeClosedStore(at: folder.storeURL, events: [Sample.declared()])
        let store = try SQLiteEventStore(url: folder.storeURL, options: StoreOptions(busyTimeout: 0.2))
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: folder.storeURL.path, configuration: configuration)
        try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }

        #expect(throws: StoreError.busy(path: folder.storeURL.path, timeoutSeconds: 0.2)) {
            try store.append([Sample.entry(sequence: 2)], expectedLastSequence: 1)
        }
        try other.inDatabase { try $0.execute(sql: "ROLLBACK") }
        try store.append([Sample.entry(sequence: 2)], expectedLastSequence: 1)
        #expect(try store.events(for: Sample.incident).count == 2)
    }

    @Test func busyMessageNamesTheTimeout() {
        #expect(StoreError.busy(path: "/s", timeoutSeconds: 5).description
            .hasPrefix("the incident store is locked by another process for more than 5 s: /s"))
    }
}
