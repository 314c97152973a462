/// The engine-independent half of an import: one line per event id, and when a stored line is the same event.
import Foundation
import IncidentCore

public enum ImportPlanning {
    /// The records to import, one per event id, in incident and sequence order; refuses an id given twice with
    /// different content.
    public static func distinct(_ records: [WireRecord]) throws -> [WireRecord] {
        var byID: [UUID: WireRecord] = [:]
        for record in records {
            if let seen = byID[record.event.id], seen.line != record.line, seen.event != record.event {
                throw ImportError.sameIDDifferentContent(id: record.event.id, incident: record.event.incidentID, sequence: record.event.sequence)
            }
            byID[record.event.id] = record
        }
        return byID.values.sorted { ($0.event.incidentID, $0.event.sequence) < ($1.event.incidentID, $1.event.sequence) }
    }

    /// The same line, or (for lines of different versions) the same event at the same place in the chain.
    public static func sameContent(_ stored: WireRecord, _ record: WireRecord) -> Bool {
        stored.line == record.line
            || (stored.event == record.event && (record.event.previousHash == nil || stored.event.previousHash == record.event.previousHash))
    }

    /// Nil when `sequences` (sorted) are exactly 1...n; else the first one missing.
    public static func firstMissing(in sequences: [Int]) -> Int? {
        for (index, seq) in sequences.enumerated() where seq != index + 1 { return index + 1 }
        return nil
    }
}
