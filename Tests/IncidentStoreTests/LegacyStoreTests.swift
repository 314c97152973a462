/// A store written by the first release (version 1 lines, no hash chain) opens, reads, verifies and grows.
import Foundation
import GRDB
import Testing
import IncidentCore
@testable import IncidentStore

@Suite struct LegacyStoreTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Fixtures")
    static let coreFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "IncidentCoreTests/Fixtures")
    static let first = IncidentID("INC-20261120-VHF")
    static let second = IncidentID("INC-20261120-34K")

    /// A copy of the committed version 1 store in a temporary folder.
    static func legacyStore(_ folder: TemporaryFolder) throws -> SQLiteEventStore {
        try FileManager.default.copyItem(at: fixtures.appending(path: "store-v1.sqlite"), to: folder.storeURL)
        return try SQLiteEventStore(url: folder.storeURL)
    }

    @Test func everyIncidentReadsAndListsAsBefore() throws {
        let folder = try TemporaryFolder()
        let store = try Self.legacyStore(folder)
        let summaries = try store.incidents()
        #expect(Set(summaries.map(\.id)) == [Self.first, Self.second])
        let first = IncidentState.replay(try store.events(for: Self.first))
        #expect(first.phase == .closed && first.priority == .p2 && first.timeline.count > 20)
        #expect(IncidentState.replay(try store.events(for: Self.second)).phase == .resolved)
    }

    @Test func aLegacyLogIsUnchainedUntilTheNextAppendCoversIt() throws {
        let folder = try TemporaryFolder()
        let store = try Self.legacyStore(folder)
        let before = try store.records(for: Self.second, after: 0)
        #expect(HashChain.verify(Self.second, before) == .holds(events: before.count, head: HashChain.head(of: Self.second, before), unchained: before.count))

        let last = try #require(before.last?.event)
        let next = Event(id: UUID(), incidentID: Self.second, sequence: last.sequence + 1, occurredAt: last.loggedAt.addingTimeInterval(60),
                         loggedAt: last.loggedAt.addingTimeInterval(60), actor: "kim", payload: .entryLogged(kind: .note, text: "after upgrade"))
        try store.append([next], expectedLastSequence: last.sequence)
        let after = try store.records(for: Self.second, after: 0)
        #expect(after.last?.event.previousHash == HashChain.head(of: Self.second, before))
        guard case let .holds(count, _, unchained) = HashChain.verify(Self.second, after) else {
            Issue.record("chain broken"); return
        }
        #expect(count == before.count + 1 && unchained == before.count)
        // The legacy lines were not rewritten.
        #expect(Array(after.prefix(before.count)) == before)
    }

    @Test func exportedLegacyLinesImportIntoANewStoreAndStillVerify() throws {
        let source = try TemporaryFolder()
        let store = try Self.legacyStore(source)
        let records = try store.records(for: Self.first, after: 0)
        let target = try TemporaryFolder()
        let copy = try SQLiteEventStore(url: target.storeURL)
        #expect(try copy.importRecords(records) == records.count)
        #expect(try copy.records(for: Self.first, after: 0) == records)
        #expect(try copy.importRecords(records) == 0)
    }

    /// A row that an older importer let through (a review "scheduled" 10^16 seconds after 2001) is reported by
    /// entry number when read; it never crashes a command that reads the incident.
    @Test func aStoredLineWithAnImpossibleTimeIsAClearErrorNotACrash() throws {
        let folder = try TemporaryFolder()
        let store = try Self.legacyStore(folder)
        let last = try #require(try store.events(for: Self.second).last)
        let firstBefore = try store.events(for: Self.first)
        let poisoned = #"{"actor":"kim","id":"0D3B5A5E-6C2B-4E0B-9E9B-2A6D3B0C1F11","incident":"INC-20261120-34K","kind":"reviewScheduled","loggedAt":"2026-11-20T11:20:00.000Z","occurredAt":"2026-11-20T11:20:00.000Z","payload":{"reviewScheduled":{"at":1e16}},"seq":\#(last.sequence + 1),"v":1}"#
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO event (id, incident, seq, kind, payload) VALUES (?, ?, ?, 'reviewScheduled', ?)",
                           arguments: ["0D3B5A5E-6C2B-4E0B-9E9B-2A6D3B0C1F11", Self.second.rawValue, last.sequence + 1, poisoned])
        }
        #expect {
            try store.events(for: Self.second)
        } throws: { error in
            guard case let StoreError.undecodableEvent(incident, sequence, underlying)? = error as? StoreError else { return false }
            return incident == Self.second && sequence == last.sequence + 1
                && underlying.description.contains("'at' is not a time from 1970 to 9999")
        }
        // The other incident is unaffected.
        #expect(try store.events(for: Self.first) == firstBefore)
    }

    /// Regenerates Tests/IncidentCoreTests/Fixtures/events-v2.jsonl from the version 1 fixture (set WRITE_WIRE_FIXTURES=1):
    /// the same events appended through today's store. Run only when a kind's version is raised.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WRITE_WIRE_FIXTURES"] == "1"))
    func writeTheCurrentVersionFixture() throws {
        let text = try String(contentsOf: Self.coreFixtures.appending(path: "events-v1.jsonl"), encoding: .utf8)
        let events = try text.split(separator: "\n").map { try EventWire.decode(Array($0.utf8)) }
        let folder = try TemporaryFolder()
        let store = try SQLiteEventStore(url: folder.storeURL)
        var lines: [String] = []
        for incident in [Self.first, Self.second] {
            try store.append(events.filter { $0.incidentID == incident }, expectedLastSequence: 0)
            lines += try store.records(for: incident, after: 0).map(\.line)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: Self.coreFixtures.appending(path: "events-v2.jsonl"), atomically: true, encoding: .utf8)
    }
}
