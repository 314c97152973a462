/// Importing stored lines from elsewhere (another store, an export): idempotent by event id, all or nothing,
/// and only when every imported incident's hash chain still holds afterwards.
import Foundation
import GRDB
import IncidentCore

extension SQLiteEventStore {
    public func importRecords(_ records: [WireRecord]) throws -> Int {
        try importing(records, stampingChain: false)
    }

    /// Events without their original lines (built in memory): the store gives them their chain links.
    public func importEvents(_ events: [Event]) throws -> Int {
        try importing(events.map { WireRecord($0) }, stampingChain: true)
    }

    private func importing(_ records: [WireRecord], stampingChain: Bool) throws -> Int {
        let fresh = try ImportPlanning.distinct(records)
        return try writeImmediately { db in
            var added = 0
            var touched = Set<IncidentID>()
            for record in fresh {
                let event = record.event
                if let stored = try Self.storedLine(id: event.id, db) {
                    guard try Self.sameContent(stored, record) else {
                        throw ImportError.sameIDDifferentContent(id: event.id, incident: event.incidentID, sequence: event.sequence)
                    }
                    continue
                }
                if try Self.eventExists(incident: event.incidentID.rawValue, seq: event.sequence, db) {
                    throw StoreError.importConflict(incident: event.incidentID, sequence: event.sequence)
                }
                var line = record
                if stampingChain, event.previousHash == nil {
                    var chained = event
                    chained.previousHash = try Self.chainHead(of: event.incidentID, db)
                    line = WireRecord(chained)
                }
                try EventRow(line).insert(db)
                touched.insert(event.incidentID)
                added += 1
            }
            for incident in touched.sorted() {
                if let missing = try Self.firstMissingSequence(of: incident, db) {
                    throw StoreError.importLeavesGap(incident: incident, missingSequence: missing)
                }
                let all = try StoredPayload.fetch(incident, after: 0, db).map { try $0.record() }
                if case let .broken(sequence, id, problem) = HashChain.verify(incident, all) {
                    throw ImportError.chainBroken(incident: incident, sequence: sequence, id: id, problem: problem)
                }
                try Self.refreshSnapshot(of: incident, db)
            }
            return added
        }
    }

    static func storedLine(id: UUID, _ db: Database) throws -> StoredPayload? {
        try StoredPayload.fetchAll(db, sql: "SELECT incident, seq, payload FROM event WHERE id = ?", arguments: [id.uuidString]).first
    }

    /// The same line, or (for lines of different versions) the same event at the same place in the chain.
    static func sameContent(_ stored: StoredPayload, _ record: WireRecord) throws -> Bool {
        ImportPlanning.sameContent(try stored.record(), record)
    }

    static func eventExists(incident: String, seq: Int, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM event WHERE incident = ? AND seq = ?)",
                          arguments: [incident, seq]) ?? false
    }

    /// Nil when the incident's sequences are exactly 1...n.
    static func firstMissingSequence(of incident: IncidentID, _ db: Database) throws -> Int? {
        ImportPlanning.firstMissing(in: try Int.fetchAll(db, sql: "SELECT seq FROM event WHERE incident = ? ORDER BY seq",
                                                          arguments: [incident.rawValue]))
    }
}

/// Why an import was refused, beyond the store's own errors. Nothing was imported.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    /// An imported event reuses a stored (or another imported) event's id with other content.
    case sameIDDifferentContent(id: UUID, incident: IncidentID, sequence: Int)
    /// After the import an incident's hash chain would not hold at `sequence`.
    case chainBroken(incident: IncidentID, sequence: Int, id: UUID, problem: HashChain.Problem)

    public var description: String {
        switch self {
        case let .sameIDDifferentContent(id, incident, sequence):
            "cannot import: event \(id.uuidString.lowercased()) (entry #\(sequence) of \(incident)) is already in the store, "
                + "or twice in the file, with different content; one of the two copies was altered. Nothing was imported."
        case let .chainBroken(incident, sequence, id, problem):
            "cannot import: the record of \(incident) does not verify at entry #\(sequence) (event \(id.uuidString.lowercased())): "
                + HashChain.explain(problem) + " Nothing was imported; import an unaltered export."
        }
    }
}
