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

    @Test func aGivenPathWhoseFolderIsMissingIsRefusedAndNothingIsCreated() throws {
        let folder = try TemporaryFolder()
        let url = folder.file("typo/deeper/incidents.sqlite")
        let location = StoreLocation(url: url, createsMissingFolders: false)

        #expect(throws: StoreError.folderMissing(path: url.path, folder: folder.file("typo/deeper").path)) {
            try SQLiteEventStore(location: location)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func aGivenPathInAnExistingFolderIsCreated() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(location: StoreLocation(url: folder.storeURL, createsMissingFolders: false))
        try store.append([Sample.declared()], expectedLastSequence: 0)
        #expect(try FileInspection.permissions(folder.storeURL) == 0o600)
    }

    @Test func theDefaultLocationCreatesItsFolders() throws {
        let folder = try TemporaryFolder()
        let location = StoreLocation.resolve(explicitPath: nil, environment: ["XDG_DATA_HOME": folder.file("data").path])
        _ = try SQLiteEventStore(location: location)
        #expect(FileInspection.exists(folder.file("data/incident/incidents.sqlite")))
        #expect(try FileInspection.permissions(folder.file("data/incident")) == 0o700)
    }

    @Test func theMissingFolderMessageNamesItAndSaysWhatToDo() {
        let message = StoreError.folderMissing(path: "/srv/typo/s.sqlite", folder: "/srv/typo").description
        #expect(message.contains("the folder /srv/typo does not exist"), "\(message)")
        #expect(message.contains("Nothing was created"), "\(message)")
        #expect(message.contains("Create that folder first") && message.contains("--store or INCIDENT_STORE"), "\(message)")
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
