/// Reading the log back: one incident's events or stored lines (all, or since a sequence) and the list of incidents.
import Foundation
import GRDB
import IncidentCore

extension SQLiteEventStore {
    public func records(for incident: IncidentID, after sequence: Int) throws -> [WireRecord] {
        let rows = try mapping { try pool.read { db in try StoredPayload.fetch(incident, after: sequence, db) } }
        return try rows.map { try $0.record() }
    }

    public func events(for incident: IncidentID, after sequence: Int) throws -> [Event] {
        try records(for: incident, after: sequence).map(\.event)
    }

    /// Every incident's id, in order.
    public func incidentIDs() throws -> [IncidentID] {
        try mapping {
            try pool.read { db in
                try String.fetchAll(db, sql: "SELECT DISTINCT incident FROM event ORDER BY incident").map(IncidentID.init(rawValue:))
            }
        }
    }

    /// Replays only each incident's lifecycle events (see `EventKind.isLifecycle`), in one read
    /// transaction so all summaries come from the same moment; the cost grows with the number of
    /// incidents, not with the length of their logs.
    public func incidents() throws -> [IncidentSummary] {
        let kinds = EventPayload.lifecycleKinds.sorted()
        let placeholders = kinds.map { _ in "?" }.joined(separator: ",")
        let (rows, lastSequences): ([StoredPayload], [String: Int]) = try mapping {
            try pool.read { db in
                let rows = try StoredPayload.fetchAll(db, sql: """
                    SELECT incident, seq, payload FROM event WHERE kind IN (\(placeholders)) ORDER BY incident, seq
                    """, arguments: StatementArguments(kinds))
                // Every incident begins with a lifecycle event (its declaration), so the incidents are those of
                // `rows`; each one's last entry is then a seek in the (incident, seq) index, not a scan of the log.
                var lastSequences: [String: Int] = [:]
                for incident in Set(rows.map(\.incident)) {
                    lastSequences[incident] = try Self.lastSequence(of: IncidentID(incident), db)
                }
                return (rows, lastSequences)
            }
        }
        return try Dictionary(grouping: rows, by: { $0.incident }).map { incident, lifecycle -> IncidentSummary in
            var summary = IncidentSummary(id: IncidentID(incident), events: try lifecycle.map { try $0.decode() })
            summary.lastSequence = lastSequences[incident] ?? 0
            return summary
        }
        .sorted(by: IncidentSummary.newestFirst)
    }
}
