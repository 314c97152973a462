/// Stores that older builds left half-made when killed are finished by the next writer, never refused for good.
import Foundation
import GRDB
import IncidentCore
import Testing
@testable import IncidentStore

@Suite struct InterruptedCreationRecoveryTests {
    /// A store in rollback-journal mode, caught mid-transaction: its file holds uncommitted pages and its hot
    /// `-journal` the pages to restore, as when a writer is killed. Made by copying both while the transaction is open.
    private func makeHotJournal(at url: URL, committed: [Event]) throws {
        let scratch = try TemporaryFolder()
        try makeClosedStore(at: scratch.storeURL, events: committed)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let queue = try DatabaseQueue(path: scratch.storeURL.path, configuration: configuration)
        try queue.inDatabase { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            // A tiny cache makes SQLite write changed pages to the file before the commit.
            try db.execute(sql: "PRAGMA cache_size = 2")
            try db.execute(sql: "BEGIN IMMEDIATE")
            for index in 0..<200 {
                try db.execute(sql: "INSERT INTO event (id, incident, seq, kind, payload) VALUES (?, 'INC-X', ?, 'entryLogged', ?)",
                               arguments: [UUID().uuidString, index + 1, String(repeating: "u", count: 1500)])
            }
        }
        try #require(FileInspection.exists(URL(fileURLWithPath: scratch.storeURL.path + "-journal")))
        try FileManager.default.copyItem(at: scratch.storeURL, to: url)
        try FileManager.default.copyItem(atPath: scratch.storeURL.path + "-journal", toPath: url.path + "-journal")
        try queue.inDatabase { try $0.execute(sql: "ROLLBACK") }
        try queue.close()
    }

    @Test func aHotJournalLeftByAKilledWriterIsRolledBackByTheNextWriter() throws {
        let folder = try TemporaryFolder()
        let committed = Sample.log(entries: 2)
        try makeHotJournal(at: folder.storeURL, committed: committed)
        let journal = URL(fileURLWithPath: folder.storeURL.path + "-journal")
        let image = try FileInspection.bytes(folder.storeURL)

        // A reader may not roll it back: it refuses, as documented, and changes nothing.
        let refusal = #expect(throws: StoreError.self) { try SQLiteEventStore.openForReading(url: folder.storeURL) }
        guard case .readOnly = refusal else {
            Issue.record("expected .readOnly, got \(String(describing: refusal))")
            return
        }
        #expect(try FileInspection.bytes(folder.storeURL) == image && FileInspection.exists(journal))

        let store = try SQLiteEventStore(url: folder.storeURL)
        #expect(try store.incidents().map(\.id) == [Sample.incident])
        #expect(try store.events(for: Sample.incident) == committed)
        try store.append([Sample.entry(sequence: 4)], expectedLastSequence: 3)
        try store.close()
        #expect(!FileInspection.exists(journal))
        #expect(try SQLiteEventStore.openForReading(url: folder.storeURL)?.events(for: Sample.incident).count == 4)
    }
}
