/// The one loop every write goes through: decide on the state known, append, and when another writer got in first,
/// read what it wrote and decide again, so the rules always see the truth.
import Foundation
import IncidentCore
import IncidentStore

extension IncidentService {
    public enum AppendOutcome: Sendable, Equatable {
        case appended([Event])
        /// Its events were already stored (sent before, the reply lost): nothing was appended.
        case alreadyStored
        case refused(Refusal)
    }

    /// Decides `command` on `state` (brought up to date here) and appends it. `now` is read for each decision. With
    /// `ids`, the events take them in order; finding one of `alreadyStored` among what others wrote ends it as
    /// already stored. `decided` is left holding the events last decided (to keep them when the server is gone).
    /// After fifty writers in a row got in first it gives up with `contention` (a store problem, exit 3).
    public static func decideAndAppend(_ command: Command, state: inout IncidentState, actor: Person, now: () -> Date,
                                       ids: [UUID]? = nil, alreadyStored: Set<UUID> = [], store: any EventStore,
                                       playbook: Playbook, decided: inout [Event], contention: String) throws -> AppendOutcome {
        for _ in 0..<50 {
            let makeID: @Sendable () -> UUID
            if let ids { makeID = IDQueue(ids).next } else { makeID = { UUID() } }
            let context = DecisionContext(now: now(), actor: actor, playbook: playbook, makeEventID: makeID)
            switch decide(command, state: state, context: context) {
            case let .failure(refusal):
                return .refused(refusal)
            case let .success(events):
                decided = events
                do {
                    try store.append(events, expectedLastSequence: state.lastSequence)
                    for event in events { state.apply(event) }
                    return .appended(events)
                } catch StoreError.conflict {
                    let newer = try store.events(for: state.id ?? events[0].incidentID, after: state.lastSequence)
                    for event in newer { state.apply(event) }
                    if newer.contains(where: { alreadyStored.contains($0.id) }) { return .alreadyStored }
                }
            }
        }
        throw AppError.contention(contention)
    }
}
