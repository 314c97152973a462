/// Reading an incident's state from its latest snapshot plus the events after it, and keeping that snapshot fresh.
import Foundation
import GRDB
import IncidentCore

extension SQLiteEventStore {
    /// A snapshot is rewritten, inside the append's transaction, once this many events follow the last one.
    public static let snapshotInterval = 500

    /// The incident's state: its snapshot and the events logged after it, read in one transaction; the whole log
    /// replayed if the snapshot is missing, of another format, damaged or does not fit the log.
    public func state(of incident: IncidentID) throws -> IncidentState {
        try mapping {
            try pool.read { db in try Self.currentState(of: incident, db) }
        }
    }

    /// The snapshot as stored, if there is one of this build's format that reads back (for `verify` and tests).
    public func storedSnapshot(of incident: IncidentID) throws -> IncidentState? {
        try mapping { try pool.read { db in try Self.snapshot(of: incident, db) } }
    }

    static func currentState(of incident: IncidentID, _ db: Database) throws -> IncidentState {
        var state = try snapshot(of: incident, db) ?? IncidentState()
        for row in try StoredPayload.fetch(incident, after: state.lastSequence, db) {
            state.apply(try row.decode())
        }
        return state
    }

    /// The stored snapshot if it is usable: this format, reads back whole, and is of this incident at its row's sequence.
    static func snapshot(of incident: IncidentID, _ db: Database) throws -> IncidentState? {
        // A store of an older schema opened read-only has no table: it simply has no snapshot.
        guard try db.tableExists("state_snapshot") else { return nil }
        // A cursor, so the (large) blob is decoded where SQLite holds it rather than copied first.
        let rows = try Row.fetchCursor(db, sql: "SELECT seq, format, state FROM state_snapshot WHERE incident = ?",
                                       arguments: [incident.rawValue])
        guard let row = try rows.next() else { return nil }
        let seq: Int = row[0], format: Int = row[1]
        guard format == Int(StateSnapshot.formatVersion),
              let state = try? row.withUnsafeData(atIndex: 2, { data in try data.map { try StateSnapshot.decode($0) } }),
              state.id == incident, state.lastSequence == seq, seq <= (try lastSequence(of: incident, db)) else { return nil }
        return state
    }

    /// Writes a new snapshot when `snapshotInterval` events or more follow the stored one of this format. Called inside every
    /// transaction that adds events, so the cost is one indexed lookup except once per interval.
    static func refreshSnapshot(of incident: IncidentID, _ db: Database) throws {
        guard try db.tableExists("state_snapshot") else { return }
        let last = try lastSequence(of: incident, db)
        let row = try Row.fetchOne(db, sql: "SELECT seq, format FROM state_snapshot WHERE incident = ?", arguments: [incident.rawValue])
        let format: Int? = row?["format"]
        // A newer build's snapshot is left to it; an older format (written before an upgrade) counts as none, so the
        // next append replaces it. Two builds sharing a store so never rewrite each other's snapshot on every append.
        if let format, format > Int(StateSnapshot.formatVersion) { return }
        let snapshotSeq: Int? = format == Int(StateSnapshot.formatVersion) ? row?["seq"] : nil
        guard last - (snapshotSeq ?? 0) >= snapshotInterval else { return }
        let state = try currentState(of: incident, db)
        try db.execute(sql: """
            INSERT INTO state_snapshot (incident, seq, format, state) VALUES (?, ?, ?, ?)
            ON CONFLICT (incident) DO UPDATE SET seq = excluded.seq, format = excluded.format, state = excluded.state
            """, arguments: [incident.rawValue, state.lastSequence, Int(StateSnapshot.formatVersion), Data(StateSnapshot.encode(state))])
    }
}
