/// Reading the log back: one incident's events (all, or since a sequence) and the list of incidents.
import Foundation
import GRDB
import IncidentCore

extension SQLiteEventStore {
    public func events(for incident: IncidentID, after sequence: Int) throws -> [Event] {
        let rows = try mapping {
            try pool.read { db in
                try StoredPayload.fetchAll(db, sql: """
                    SELECT incident, seq, payload FROM event WHERE incident = ? AND seq > ? ORDER BY seq
                    """, arguments: [incident.rawValue, sequence])
            }
        }
        return try rows.map { try $0.decode() }
    }

    /// Replays every incident (one read transaction, so all summaries come from the same moment).
    /// Cost grows with the whole log; fine for thousands of events, revisit if stores grow far beyond.
    public func incidents() throws -> [IncidentSummary] {
        let rows = try mapping {
            try pool.read { db in
                try StoredPayload.fetchAll(db, sql: "SELECT incident, seq, payload FROM event ORDER BY incident, seq")
            }
        }
        let byIncident = Dictionary(grouping: rows, by: \.incident)
        return try byIncident.map { incident, rows in
            IncidentSummary(id: IncidentID(incident), events: try rows.map { try $0.decode() })
        }
        .sorted(by: IncidentSummary.newestFirst)
    }
}
