/// The store's state snapshots: written inside appends and imports, read with the tail, ignored when unusable.
import Foundation
import GRDB
import IncidentApp
import IncidentCore
import Testing
@testable import IncidentStore

@Suite struct StateSnapshotStoreTests {
    static let interval = SQLiteEventStore.snapshotInterval

    /// Appends `count` entries after the declaration, `batch` events per append.
    static func fill(_ store: SQLiteEventStore, entries count: Int, batch: Int = 1) throws -> [Event] {
        let log = Sample.log(entries: count)
        var at = 0
        while at < log.count {
            let part = Array(log[at..<min(at + batch, log.count)])
            try store.append(part, expectedLastSequence: at)
            at += part.count
        }
        return log
    }

    static func snapshotRow(_ folder: TemporaryFolder) throws -> (seq: Int, format: Int)? {
        let queue = try DatabaseQueue(path: folder.storeURL.path)
        return try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT seq, format FROM state_snapshot WHERE incident = ?", arguments: [Sample.incident.rawValue])
                .map { ($0["seq"], $0["format"]) }
        }
    }

    @Test func appendsKeepASnapshotAtMostAnIntervalBehindAndTheStateEqualsAFullReplay() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        #expect(try store.storedSnapshot(of: Sample.incident) == nil)
        let log = try Self.fill(store, entries: Self.interval * 2 + 36, batch: 7)
        let snapshot = try #require(try store.storedSnapshot(of: Sample.incident))
        #expect(snapshot.lastSequence >= Self.interval * 2 && snapshot.lastSequence <= log.count)
        #expect(snapshot == IncidentState.replay(log.prefix(snapshot.lastSequence)))
        #expect(try store.state(of: Sample.incident) == IncidentState.replay(log))
        #expect(try Self.snapshotRow(folder)?.format == Int(StateSnapshot.formatVersion))
        // Below the interval, no snapshot is written: a short incident costs nothing extra.
        let other = try TemporaryFolder()
        let small = try SQLiteEventStore(url: other.storeURL)
        _ = try Self.fill(small, entries: Self.interval - 2)
        #expect(try small.storedSnapshot(of: Sample.incident) == nil)
    }

    @Test(arguments: [
        "UPDATE state_snapshot SET state = x'00'",
        "UPDATE state_snapshot SET state = substr(state, 1, length(state) / 2)",
        "UPDATE state_snapshot SET format = format + 1",
        "UPDATE state_snapshot SET seq = seq - 1",
        "UPDATE state_snapshot SET seq = 100000",
        "UPDATE state_snapshot SET incident = 'INC-20261130-B2X'",
        "DROP TABLE state_snapshot",
    ])
    func anUnusableSnapshotIsIgnoredAndTheLogReplayed(damage: String) throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        let log = try Self.fill(store, entries: Self.interval + 10, batch: 50)
        try store.close()
        let queue = try DatabaseQueue(path: folder.storeURL.path)
        try queue.write { try $0.execute(sql: damage) }
        try queue.close()
        let reopened = try SQLiteEventStore.openForReading(url: folder.storeURL)
        #expect(try reopened?.state(of: Sample.incident) == IncidentState.replay(log))
    }

    @Test func aSnapshotOfAnotherFormatIsReplacedByTheNextAppend() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        let log = try Self.fill(store, entries: Self.interval + 10, batch: 50)
        try store.close()
        let queue = try DatabaseQueue(path: folder.storeURL.path)
        try queue.write { try $0.execute(sql: "UPDATE state_snapshot SET format = 0") }
        try queue.close()
        let reopened = try SQLiteEventStore(url: folder.storeURL)
        #expect(try reopened.storedSnapshot(of: Sample.incident) == nil)
        let next = Sample.entry(sequence: log.count + 1)
        try reopened.append([next], expectedLastSequence: log.count)
        #expect(try reopened.storedSnapshot(of: Sample.incident) == IncidentState.replay(log + [next]))
        #expect(try Self.snapshotRow(folder)?.format == Int(StateSnapshot.formatVersion))
    }

    @Test func aNewerBuildsSnapshotIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        let log = try Self.fill(store, entries: Self.interval + 10, batch: 50)
        try store.close()
        let queue = try DatabaseQueue(path: folder.storeURL.path)
        try queue.write { try $0.execute(sql: "UPDATE state_snapshot SET format = format + 1") }
        try queue.close()
        let reopened = try SQLiteEventStore(url: folder.storeURL)
        let next = Sample.entry(sequence: log.count + 1)
        try reopened.append([next], expectedLastSequence: log.count)
        #expect(try Self.snapshotRow(folder)?.format == Int(StateSnapshot.formatVersion) + 1)
        #expect(try reopened.state(of: Sample.incident) == IncidentState.replay(log + [next]))
    }

    @Test func aSnapshotThatDisagreesWithTheLogIsNotBelievedByVerify() throws {
        // A snapshot is a cache, so it is checked against a full replay rather than trusted.
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        _ = try Self.fill(store, entries: Self.interval + 3, batch: 100)
        #expect(try RecordVerdict.check(Sample.incident, in: store).holds)
        let stored = try #require(try store.storedSnapshot(of: Sample.incident))
        var forged = stored
        forged.title = "Something else"
        try store.close()
        let queue = try DatabaseQueue(path: folder.storeURL.path)
        try queue.write {
            try $0.execute(sql: "UPDATE state_snapshot SET state = ?", arguments: [Data(StateSnapshot.encode(forged))])
        }
        try queue.close()
        let reopened = try SQLiteEventStore(url: folder.storeURL)
        let verdict = try RecordVerdict.check(Sample.incident, in: reopened)
        #expect(!verdict.holds)
        guard case let .snapshotDisagrees(_, _, at) = verdict else { Issue.record("\(verdict)"); return }
        #expect(at == stored.lastSequence)
    }

    @Test func anImportWritesTheSnapshotInTheSameTransaction() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        let log = Sample.log(entries: Self.interval * 3)
        #expect(try store.importEvents(log) == log.count)
        let snapshot = try #require(try store.storedSnapshot(of: Sample.incident))
        #expect(snapshot.lastSequence == log.count)
        #expect(try store.state(of: Sample.incident) == IncidentState.replay(log))
    }

    @Test func aConflictingWriterDoesNotLeaveAStaleSnapshot() throws {
        // Two store connections on one file, as two processes: the state each reads is always the log's.
        let folder = try TemporaryFolder()
        let one = try SQLiteEventStore(url: folder.storeURL)
        let two = try SQLiteEventStore(url: folder.storeURL)
        let log = Sample.log(entries: Self.interval * 2)
        for (index, event) in log.enumerated() {
            try (index.isMultiple(of: 2) ? one : two).append([event], expectedLastSequence: index)
            if index % 97 == 0 {
                #expect(try one.state(of: Sample.incident) == IncidentState.replay(log.prefix(index + 1)))
            }
        }
        #expect(try two.state(of: Sample.incident) == IncidentState.replay(log))
    }
}
