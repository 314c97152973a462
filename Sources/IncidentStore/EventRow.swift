/// One row of the `event` table: the event's canonical JSON line plus the columns copied out of it for queries.
import Foundation
import GRDB
import IncidentCore

struct EventRow {
    var id: String
    var incident: String
    var seq: Int
    var kind: String
    var occurredAt: String
    var loggedAt: String
    var actor: String
    var payload: String

    init(_ record: WireRecord) {
        let event = record.event
        id = event.id.uuidString
        incident = event.incidentID.rawValue
        seq = event.sequence
        kind = event.payload.kind
        occurredAt = Timestamp.format(event.occurredAt)
        loggedAt = Timestamp.format(event.loggedAt)
        actor = event.actor.name
        payload = record.line
    }

    func insert(_ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO event (id, incident, seq, kind, occurred_at, logged_at, actor, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [id, incident, seq, kind, occurredAt, loggedAt, actor, payload])
    }
}

/// A stored row as read back: enough to decode it and to say which row failed.
struct StoredPayload: Sendable {
    var incident: String
    var seq: Int
    var json: String

    func record() throws -> WireRecord {
        do {
            return try EventWire.decodeStored(json)
        } catch {
            throw StoreError.undecodableEvent(incident: IncidentID(incident), sequence: seq, underlying: error)
        }
    }

    func decode() throws -> Event { try record().event }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [StoredPayload] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map {
            StoredPayload(incident: $0["incident"], seq: $0["seq"], json: $0["payload"])
        }
    }

    /// One incident's rows after `sequence`, in order.
    static func fetch(_ incident: IncidentID, after sequence: Int, _ db: Database) throws -> [StoredPayload] {
        try fetchAll(db, sql: "SELECT incident, seq, payload FROM event WHERE incident = ? AND seq > ? ORDER BY seq",
                     arguments: [incident.rawValue, sequence])
    }
}
