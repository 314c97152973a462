/// One row of the `event` table: the event's JSON line plus the columns copied out of it for queries.
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

    init(_ event: Event) throws {
        id = event.id.uuidString
        incident = event.incidentID.rawValue
        seq = event.sequence
        kind = event.payload.kind
        occurredAt = Timestamp.format(event.occurredAt)
        loggedAt = Timestamp.format(event.loggedAt)
        actor = event.actor.name
        payload = try event.jsonLine()
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

    func decode() throws -> Event {
        do {
            return try Event.decode(json: Data(json.utf8))
        } catch let error as EventDecodingError {
            throw StoreError.undecodableEvent(incident: IncidentID(incident), sequence: seq, underlying: error)
        }
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [StoredPayload] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map {
            StoredPayload(incident: $0["incident"], seq: $0["seq"], json: $0["payload"])
        }
    }
}
