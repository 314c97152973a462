/// Appending to one incident's log with optimistic concurrency: gap-free, never lost, never duplicated.
import Foundation
import GRDB
import IncidentCore

extension SQLiteEventStore {
    public func append(_ events: [Event], expectedLastSequence: Int) throws {
        guard let incident = events.first?.incidentID else { return }
        try Self.validate(events, of: incident, after: expectedLastSequence)
        let rows = try events.map(EventRow.init)
        try writeImmediately { db in
            let current = try Self.lastSequence(of: incident, db)
            guard current == expectedLastSequence else {
                throw StoreError.conflict(currentLastSequence: current)
            }
            // Checked here rather than left to the PRIMARY KEY so the error names the event.
            if let taken = try Self.storedIDs(among: rows.map(\.id), db).first {
                throw StoreError.duplicateEvent(id: UUID(uuidString: taken) ?? UUID())
            }
            for row in rows { try row.insert(db) }
        }
    }

    static func validate(_ events: [Event], of incident: IncidentID, after expectedLastSequence: Int) throws {
        let others = Set(events.map(\.incidentID)).subtracting([incident])
        guard others.isEmpty else { throw StoreError.mixedIncidents([incident] + others.sorted()) }
        for (offset, event) in events.enumerated() {
            let expected = max(expectedLastSequence, 0) + 1 + offset
            guard event.sequence == expected, expectedLastSequence >= 0 else {
                throw StoreError.invalidSequence(incident: incident, expected: expected, found: event.sequence)
            }
        }
    }

    static func lastSequence(of incident: IncidentID, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM event WHERE incident = ?", arguments: [incident.rawValue]) ?? 0
    }

    static func storedIDs(among ids: [String], _ db: Database) throws -> [String] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        return try String.fetchAll(db, sql: "SELECT id FROM event WHERE id IN (\(marks))",
                                   arguments: StatementArguments(ids))
    }
}
