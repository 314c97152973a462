/// Appending on the server: one writer per incident at a time (an advisory lock), gap-free, chained, announced.
import Foundation
import IncidentCore
import IncidentStore
import PostgresNIO

extension PostgresEventStore {
    public func append(_ events: [Event], expectedLastSequence: Int) throws {
        guard let incident = events.first?.incidentID else { return }
        try SQLiteEventStore.validate(events, of: incident, after: expectedLastSequence)
        try transaction { connection in
            try lockIncident(incident, on: connection)
            let current = try lastSequence(of: incident, on: connection)
            guard current == expectedLastSequence else { throw StoreError.conflict(currentLastSequence: current) }
            if let taken = try storedIDs(among: events.map(\.id), on: connection).first {
                throw StoreError.duplicateEvent(id: taken)
            }
            var previous = try chainHead(of: incident, on: connection)
            var records: [WireRecord] = []
            for event in events {
                var chained = event
                chained.previousHash = previous
                let record = WireRecord(chained)
                records.append(record)
                previous = HashChain.link(after: previous, line: record.line)
            }
            try insert(records, on: connection)
            try announce(incident, sequence: events.last?.sequence ?? current, on: connection)
        }
    }

    /// Held until the transaction ends: other writers of this incident wait, writers of others do not.
    func lockIncident(_ incident: IncidentID, on connection: PostgresConnection) throws {
        _ = try run("SELECT pg_advisory_xact_lock(\(unescaped: String(PostgresSchema.migrationLock)), hashtext(\(incident.rawValue)))", on: connection)
    }

    func lastSequence(of incident: IncidentID, on connection: PostgresConnection) throws -> Int {
        try run("SELECT COALESCE(MAX(seq), 0)::int8 FROM incident_event WHERE incident = \(incident.rawValue)", on: connection)
            .first.map { try $0.decode(Int.self) } ?? 0
    }

    func storedIDs(among ids: [UUID], on connection: PostgresConnection) throws -> [UUID] {
        guard !ids.isEmpty else { return [] }
        return try run("SELECT id FROM incident_event WHERE id = ANY(\(ids))", on: connection).map { try $0.decode(UUID.self) }
    }

    func chainHead(of incident: IncidentID, on connection: PostgresConnection) throws -> String {
        let last = try decode(run("""
            SELECT incident, seq, payload FROM incident_event WHERE incident = \(incident.rawValue) ORDER BY seq DESC LIMIT 1
            """, on: connection)).first
        return try HashChain.head(after: last, of: incident) {
            try decode(run("SELECT incident, seq, payload FROM incident_event WHERE incident = \(incident.rawValue) ORDER BY seq",
                           on: connection))
        }
    }

    /// All rows in one statement (arrays unnested), so a long import is one round trip.
    func insert(_ records: [WireRecord], on connection: PostgresConnection) throws {
        guard !records.isEmpty else { return }
        let events = records.map(\.event)
        let ids = events.map(\.id)
        let incidents = events.map(\.incidentID.rawValue)
        let sequences = events.map(\.sequence)
        let kinds = events.map(\.payload.kind)
        let occurred = events.map { Timestamp.format($0.occurredAt) }
        let logged = events.map { Timestamp.format($0.loggedAt) }
        let actors = events.map(\.actor.name)
        let lines = records.map(\.line)
        _ = try run("""
            INSERT INTO incident_event (id, incident, seq, kind, occurred_at, logged_at, actor, payload)
            SELECT * FROM unnest(\(ids)::uuid[], \(incidents)::text[], \(sequences)::int[], \(kinds)::text[],
                                 \(occurred)::text[], \(logged)::text[], \(actors)::text[], \(lines)::text[])
            """, on: connection)
    }

    /// Every listening console hears of it when the transaction commits, not before.
    func announce(_ incident: IncidentID, sequence: Int, on connection: PostgresConnection) throws {
        _ = try run("SELECT pg_notify(\(PostgresSchema.channel), \(incident.rawValue + ":" + String(sequence)))", on: connection)
    }
}
