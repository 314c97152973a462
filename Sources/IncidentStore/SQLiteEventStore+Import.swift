/// Importing events from elsewhere (another store, an export): idempotent by event id, all or nothing.
import Foundation
import GRDB
import IncidentCore

extension SQLiteEventStore {
    public func importEvents(_ events: [Event]) throws -> Int {
        var seen = Set<UUID>()
        let fresh = events.filter { seen.insert($0.id).inserted }
            .sorted { ($0.incidentID, $0.sequence) < ($1.incidentID, $1.sequence) }
        let rows = try fresh.map(EventRow.init)
        return try writeImmediately { db in
            let present = Set(try Self.storedIDs(among: rows.map(\.id), db))
            var touched = Set<IncidentID>()
            for row in rows where !present.contains(row.id) {
                let incident = IncidentID(row.incident)
                if try Self.eventExists(incident: row.incident, seq: row.seq, db) {
                    throw StoreError.importConflict(incident: incident, sequence: row.seq)
                }
                try row.insert(db)
                touched.insert(incident)
            }
            for incident in touched.sorted() {
                if let missing = try Self.firstMissingSequence(of: incident, db) {
                    throw StoreError.importLeavesGap(incident: incident, missingSequence: missing)
                }
            }
            return rows.count - present.count
        }
    }

    static func eventExists(incident: String, seq: Int, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM event WHERE incident = ? AND seq = ?)",
                          arguments: [incident, seq]) ?? false
    }

    /// Nil when the incident's sequences are exactly 1...n.
    static func firstMissingSequence(of incident: IncidentID, _ db: Database) throws -> Int? {
        let sequences = try Int.fetchAll(db, sql: "SELECT seq FROM event WHERE incident = ? ORDER BY seq",
                                         arguments: [incident.rawValue])
        for (index, seq) in sequences.enumerated() where seq != index + 1 { return index + 1 }
        return nil
    }
}
