/// Copying incidents between two stores (a laptop's file and the team's server, either way): idempotent by event
/// id, the stored lines copied as they are, and refused unless each incident's hash chain holds afterwards. The
/// rules are not asked again: the record was judged when it was written, by the rules of that day.
import Foundation
import IncidentCore
import IncidentStore

public enum StoreSync {
    /// What one incident's copy did.
    public struct Copied: Sendable, Equatable {
        public var incident: IncidentID
        public var added: Int
        public var alreadyThere: Int
    }

    /// Copies `incidents` (every incident of `source` when nil) into `target`'s service store, oldest id first.
    /// An incident whose two logs have diverged (both grew separately) is refused by name, and nothing of it is
    /// copied; incidents copied before it stay copied.
    public static func copy(from source: any EventStore, to target: any EventStore, incidents: [IncidentID]?) throws -> [Copied] {
        let known = try source.incidentIDs()
        let chosen = incidents ?? known
        if let missing = chosen.first(where: { !known.contains($0) }) {
            throw AppError.usage("The source store has no incident \(missing). Its incidents: "
                + (known.isEmpty ? "none" : known.map(\.rawValue).joined(separator: ", ")) + ".")
        }
        var results: [Copied] = []
        for incident in chosen.sorted() {
            let records = try source.records(for: incident, after: 0)
            let added: Int
            do {
                added = try target.importRecords(records)
            } catch let error as ImportError {
                throw AppError.usage(error.description)
            }
            results.append(Copied(incident: incident, added: added, alreadyThere: records.count - added))
        }
        return results
    }
}
