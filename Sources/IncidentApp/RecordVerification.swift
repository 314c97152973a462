/// Checking stored records against their hash chains, and saying what was found in words.
import Foundation
import IncidentCore
import IncidentStore

/// What verifying one incident's record found.
public enum RecordVerdict: Equatable, Sendable {
    case holds(events: Int, head: String, unchained: Int)
    case broken(sequence: Int, eventID: UUID, problem: HashChain.Problem)
    case unreadable(sequence: Int, detail: String)
    /// The record holds, but the store's saved state snapshot (a cache read instead of replaying) disagrees with it.
    case snapshotDisagrees(events: Int, head: String, snapshotSequence: Int)

    public var holds: Bool { if case .holds = self { true } else { false } }

    public init(_ verdict: HashChain.Verdict) {
        switch verdict {
        case let .holds(events, head, unchained): self = .holds(events: events, head: head, unchained: unchained)
        case let .broken(sequence, id, problem): self = .broken(sequence: sequence, eventID: id, problem: problem)
        }
    }

    /// Recomputes `incident`'s chain from the store's lines.
    public static func check(_ incident: IncidentID, in store: any EventStore) throws -> RecordVerdict {
        do {
            let records = try store.records(for: incident, after: 0)
            let verdict = RecordVerdict(HashChain.verify(incident, records))
            // The snapshot is only a cache, but views read it: it must be the replay of the record up to its entry.
            // (Read after the records: a snapshot beyond them was written by an append made meanwhile, not compared.)
            if case let .holds(events, head, _) = verdict, let snapshot = try store.storedSnapshot(of: incident),
               snapshot.lastSequence <= records.count,
               snapshot != IncidentState.replay(records.prefix(snapshot.lastSequence).map(\.event)) {
                return .snapshotDisagrees(events: events, head: head, snapshotSequence: snapshot.lastSequence)
            }
            return verdict
        } catch let StoreError.undecodableEvent(_, sequence, underlying) {
            return .unreadable(sequence: sequence, detail: underlying.description)
        }
    }

    public func text(for id: IncidentID) -> String {
        switch self {
        case let .holds(events, head, unchained):
            var text = "\(id): record verified: \(events) events, chain head \(head)"
            if unchained > 0 {
                text += unchained == events
                    ? " (all written before the hash chain existed: the next entry will cover them)"
                    : " (the first \(unchained) written before the hash chain existed, covered by the events after them)"
            }
            return text
        case let .broken(sequence, eventID, problem):
            return "\(id): NOT VERIFIED at entry #\(sequence) (event \(eventID.uuidString.lowercased())): " + HashChain.explain(problem)
        case let .unreadable(sequence, detail):
            return "\(id): NOT VERIFIED at entry #\(sequence): the stored line cannot be read (\(detail))."
        case let .snapshotDisagrees(events, head, snapshotSequence):
            return "\(id): record verified (\(events) events, chain head \(head)), but the store's saved state at entry "
                + "#\(snapshotSequence) does NOT match it: it was changed outside incident, and views of this incident may be wrong. "
                + "It is only a cache: remove it with sqlite3 STORE \"DELETE FROM state_snapshot\" and it is rebuilt from the record."
        }
    }
}
