/// Importing lines into the server's log: idempotent by event id, all or nothing, chains checked afterwards.
import Foundation
import IncidentCore
import IncidentStore
import PostgresNIO

extension PostgresEventStore {
    public func importRecords(_ records: [WireRecord]) throws -> Int {
        try importing(records, stampingChain: false)
    }

    /// Events without their original lines (built in memory): the store gives them their chain links.
    public func importEvents(_ events: [Event]) throws -> Int {
        try importing(events.map { WireRecord($0) }, stampingChain: true)
    }

    private func importing(_ records: [WireRecord], stampingChain: Bool) throws -> Int {
        let fresh = try ImportPlanning.distinct(records)
        guard !fresh.isEmpty else { return 0 }
        return try transaction { connection in
            var added = 0
            var touched: [IncidentID: [WireRecord]] = [:]
            for (incident, group) in Dictionary(grouping: fresh, by: { $0.event.incidentID }).sorted(by: { $0.key < $1.key }) {
                try lockIncident(incident, on: connection)
                let stored = try decode(run("SELECT incident, seq, payload FROM incident_event WHERE incident = \(incident.rawValue) ORDER BY seq",
                                            on: connection))
                var byID = Dictionary(stored.map { ($0.event.id, $0) }, uniquingKeysWith: { first, _ in first })
                var bySequence = Dictionary(stored.map { ($0.event.sequence, $0) }, uniquingKeysWith: { first, _ in first })
                var head = HashChain.head(of: incident, stored)
                var new: [WireRecord] = []
                for record in group {
                    let event = record.event
                    if let mine = byID[event.id] {
                        guard ImportPlanning.sameContent(mine, record) else {
                            throw ImportError.sameIDDifferentContent(id: event.id, incident: incident, sequence: event.sequence)
                        }
                        continue
                    }
                    if bySequence[event.sequence] != nil { throw StoreError.importConflict(incident: incident, sequence: event.sequence) }
                    var line = record
                    if stampingChain, event.previousHash == nil {
                        var chained = event
                        chained.previousHash = head
                        line = WireRecord(chained)
                    }
                    head = HashChain.link(after: head, line: line.line)
                    byID[event.id] = line
                    bySequence[event.sequence] = line
                    new.append(line)
                }
                guard !new.isEmpty else { continue }
                // An id this incident does not hold may still be another incident's.
                if let other = try storedIDs(among: new.map(\.event.id), on: connection).first,
                   let record = new.first(where: { $0.event.id == other }) {
                    throw ImportError.sameIDDifferentContent(id: other, incident: incident, sequence: record.event.sequence)
                }
                let all = bySequence.values.sorted { $0.event.sequence < $1.event.sequence }
                if let missing = ImportPlanning.firstMissing(in: all.map(\.event.sequence)) {
                    throw StoreError.importLeavesGap(incident: incident, missingSequence: missing)
                }
                if case let .broken(sequence, id, problem) = HashChain.verify(incident, all) {
                    throw ImportError.chainBroken(incident: incident, sequence: sequence, id: id, problem: problem)
                }
                try insert(new, on: connection)
                touched[incident] = all
                added += new.count
            }
            for (incident, all) in touched {
                try announce(incident, sequence: all.last?.event.sequence ?? 0, on: connection)
            }
            return added
        }
    }
}
