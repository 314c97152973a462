/// Files refused as stores are left exactly as they were: no byte changed and no -wal or -shm beside them.
import Foundation
import GRDB
import IncidentCore
import Testing
@testable import IncidentStore

@Suite struct RefusedFileTests {
    enum Kind: String, CaseIterable, Sendable {
        case foreignRollback, foreignWAL, notADatabase, damaged, newerSchema
    }

    /// Makes a file of `kind` at `url`, closed, with no companion files.
    private func make(_ kind: Kind, at url: URL) throws {
        switch kind {
        case .foreignRollback, .foreignWAL:
            let queue = try DatabaseQueue(path: url.path)
            try queue.writeWithoutTransaction { db in
                if kind == .foreignWAL { _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
                try db.execute(sql: "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org')")
            }
            try queue.close()
        case .notADatabase:
            try Data(repeating: 0x41, count: 5000).write(to: url)
        case .damaged:
            try makeClosedStore(at: url, events: [Sample.declared()] + (2...40).map { Sample.entry(sequence: $0, text: String(repeating: "x", count: 2000)) })
            let whole = try Data(contentsOf: url)
            try whole.prefix(whole.count / 2).write(to: url)
        case .newerSchema:
            try makeClosedStore(at: url, events: [Sample.declared()])
            let queue = try DatabaseQueue(path: url.path)
            try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')") }
            try queue.close()
        }
    }

    @Test(arguments: Kind.allCases)
    func aRefusedFileIsLeftUntouchedByWritersAndReaders(_ kind: Kind) throws {
        let folder = try TemporaryFolder()
        try make(kind, at: folder.storeURL)
        try #require(FileInspection.sidecars(of: folder.storeURL).isEmpty)
        let before = try FileInspection.bytes(folder.storeURL)

        let asWriter = #expect(throws: StoreError.self) { try SQLiteEventStore(url: folder.storeURL) }
        let asReader = #expect(throws: StoreError.self) { try SQLiteEventStore.openForReading(url: folder.storeURL) }

        #expect(asWriter == asReader)
        #expect(asWriter?.description.contains("left untouched") == true, "\(String(describing: asWriter))")
        #expect(try FileInspection.bytes(folder.storeURL) == before)
        #expect(try StoreFingerprint.others(in: folder.url, besides: folder.storeURL).isEmpty)
    }
}
