/// Reading the log back from the server: one incident's lines (all, or since a sequence) and the incident list.
import Foundation
import IncidentCore
import IncidentStore
import PostgresNIO

extension PostgresEventStore {
    public func records(for incident: IncidentID, after sequence: Int) throws -> [WireRecord] {
        try withConnection { connection in
            try decode(run("""
                SELECT incident, seq, payload FROM incident_event WHERE incident = \(incident.rawValue) AND seq > \(sequence)
                ORDER BY seq
                """, on: connection))
        }
    }

    public func events(for incident: IncidentID, after sequence: Int) throws -> [Event] {
        try records(for: incident, after: sequence).map(\.event)
    }

    public func incidentIDs() throws -> [IncidentID] {
        try withConnection { connection in
            try run("SELECT DISTINCT incident FROM incident_event ORDER BY incident", on: connection)
                .map { IncidentID(rawValue: try $0.decode(String.self)) }
        }
    }

    /// Replays each incident's lifecycle events only, read in one statement; the cost grows with the number of
    /// incidents, not with the length of their logs.
    public func incidents() throws -> [IncidentSummary] {
        let kinds = EventPayload.lifecycleKinds.sorted()
        let (rows, lastSequences) = try withConnection { connection in
            let rows = try decode(run("""
                SELECT incident, seq, payload FROM incident_event WHERE kind = ANY(\(kinds)) ORDER BY incident, seq
                """, on: connection))
            var last: [String: Int] = [:]
            for row in try run("SELECT incident, MAX(seq)::int8 FROM incident_event GROUP BY incident", on: connection) {
                let (incident, seq) = try row.decode((String, Int).self)
                last[incident] = seq
            }
            return (rows, last)
        }
        return Dictionary(grouping: rows, by: { $0.event.incidentID }).map { incident, lifecycle -> IncidentSummary in
            var summary = IncidentSummary(id: incident, events: lifecycle.map(\.event))
            summary.lastSequence = lastSequences[incident.rawValue] ?? 0
            return summary
        }
        .sorted(by: IncidentSummary.newestFirst)
    }

    /// Rows of (incident, seq, payload) decoded; a line that does not decode names its incident and entry.
    func decode(_ rows: [PostgresRow]) throws -> [WireRecord] {
        try rows.map { row in
            let (incident, seq, payload) = try row.decode((String, Int, String).self)
            do throws(EventDecodingError) {
                return try EventWire.decodeStored(payload)
            } catch {
                throw StoreError.undecodableEvent(incident: IncidentID(rawValue: incident), sequence: seq, underlying: error)
            }
        }
    }
}
