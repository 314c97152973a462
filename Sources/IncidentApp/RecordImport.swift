/// Importing an export into the store: every new event is checked against the rules as a live command would
/// be, and the store then checks ids and hash chains; a failure anywhere refuses the whole import.
import Foundation
import IncidentCore
import IncidentStore

extension IncidentService {
    /// Adds the events of `lines` not yet in the store; returns how many were added.
    @discardableResult
    public func importLines(_ lines: [ImportLine]) throws -> Int {
        let byIncident = Dictionary(grouping: lines, by: { $0.record.event.incidentID })
        for (incident, incidentLines) in byIncident.sorted(by: { $0.key < $1.key }) {
            // The stored state from its snapshot; lines at or below its sequence are the store's to match by id and content.
            let existing = try store.state(of: incident)
            var fresh: [ImportLine] = []
            var seen = Set<UUID>()
            for line in incidentLines.sorted(by: { $0.record.event.sequence < $1.record.event.sequence })
            where line.record.event.sequence > existing.lastSequence && seen.insert(line.record.event.id).inserted {
                fresh.append(line)
            }
            // Only a log that continues the stored one can be checked; the store refuses the others by name.
            guard let first = fresh.first, first.record.event.sequence == existing.lastSequence + 1,
                  fresh.enumerated().allSatisfy({ $0.element.record.event.sequence == existing.lastSequence + 1 + $0.offset }) else { continue }
            do {
                _ = try ReplayCheck.check(fresh.map(\.record.event), after: existing,
                                          playbook: playbook, now: clock.now())
            } catch {
                let line = fresh[error.index]
                throw AppError.refused(Self.importRefusal(line, error.refusal))
            }
        }
        do {
            return try store.importRecords(lines.map(\.record))
        } catch let error as ImportError {
            throw AppError.usage(error.description)
        }
    }

    static func importRefusal(_ line: ImportLine, _ refusal: Refusal?) -> Refusal {
        let event = line.record.event
        let place = "Line \(line.line) (entry #\(event.sequence) of \(event.incidentID), \(event.payload.kind) by \(event.actor) at \(Timestamp.format(event.loggedAt)))"
        guard let refusal else {
            return Refusal(.invalidInput, what: "Nothing imported.",
                           why: "\(place) is not what the rules record for that command: it was altered or written by hand, or recorded with another playbook.",
                           instead: "Import an unaltered export; if the team used its own playbook, give it with --playbook.")
        }
        return Refusal(refusal.reason == .unknownName ? .invalidInput : refusal.reason, what: "Nothing imported.",
                       why: "\(place) breaks a rule: \(refusal.description)",
                       instead: "Import an unaltered export; if the team used its own playbook, give it with --playbook.")
    }
}
