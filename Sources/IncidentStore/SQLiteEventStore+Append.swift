/// Appending to one incident's log with optimistic concurrency: gap-free, never lost, never duplicated, chained.
import Foundation
import GRDB
import IncidentCore

extension SQLiteEventStore {
    public func append(_ events: [Event], expectedLastSequence: Int) throws {
        guard let incident = events.first?.incidentID else { return }
        try Self.validate(events, of: incident, after: expectedLastSequence)
        try writeImmediately { db in
            let current = try Self.lastSequence(of: incident, db)
            guard current == expectedLastSequence else {
                throw StoreError.conflict(currentLastSequence: current)
            }
            // Checked here rather than left to the PRIMARY KEY so the error names the event.
            if let taken = try Self.storedIDs(among: events.map(\.id.uuidString), db).first {
                throw StoreError.duplicateEvent(id: UUID(uuidString: taken) ?? UUID())
            }
            var previous = try Self.chainHead(of: incident, db)
            for event in events {
                var chained = event
                chained.previousHash = previous
                let record = WireRecord(chained)
                try EventRow(record).insert(db)
                previous = HashChain.link(after: previous, line: record.line)
            }
            try Self.refreshSnapshot(of: incident, db)
        }
    }

    public static func validate(_ events: [Event], of incident: IncidentID, after expectedLastSequence: Int) throws {
        let others = Set(events.map(\.incidentID)).subtracting([incident])
        guard others.isEmpty else { throw StoreError.mixedIncidents([incident] + others.sorted()) }
        for (offset, event) in events.enumerated() {
            let expected = max(expectedLastSequence, 0) + 1 + offset
            guard event.sequence == expected, expectedLastSequence >= 0 else {
                throw StoreError.invalidSequence(incident: incident, expected: expected, found: event.sequence)
            }
        }
    }

    /// The chain's value after the incident's last stored event: one row read, except once for a log
    /// written before the chain existed, whose lines are then hashed from the start.
    static func chainHead(of incident: IncidentID, _ db: Database) throws -> String {
        let last = try StoredPayload.fetchAll(db, sql: "SELECT incident, seq, payload FROM event WHERE incident = ? ORDER BY seq DESC LIMIT 1",
                                              arguments: [incident.rawValue]).first
        return try HashChain.head(after: try last?.record(), of: incident) {
            try StoredPayload.fetch(incident, after: 0, db).map { try $0.record() }
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
