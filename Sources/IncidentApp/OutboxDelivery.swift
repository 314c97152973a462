/// Deciding and appending with known event ids: a command kept offline is decided again on the fresh state when the
/// server is back, under the ids it was kept with, so a second send finds it stored and nothing is duplicated.
import Foundation
import IncidentCore
import IncidentStore

public enum OutboxDelivery {
    public typealias Outcome = IncidentService.AppendOutcome

    /// Decides `command` on the last known state (`state`: the followed state and what is already kept) for keeping.
    /// `basis` is the last sequence the server was known to hold. Returns nil when the decision could not be
    /// recovered from its events (then it cannot be decided again later, so it is not kept).
    public static func decideForQueue(_ command: Command, on state: IncidentState, basis: Int, actor: Person, now: Date,
                                      playbook: Playbook) -> Result<OutboxItem?, Refusal> {
        let context = DecisionContext(now: now, actor: actor, playbook: playbook, makeEventID: { UUID() })
        switch decide(command, state: state, context: context) {
        case let .failure(refusal):
            return .failure(refusal)
        case let .success(events):
            guard let incident = events.first?.incidentID, let anchor = anchor(of: events, on: state, playbook: playbook) else {
                return .success(nil)
            }
            return .success(OutboxItem(incident: incident, events: events, anchor: anchor, basis: basis))
        }
    }

    /// The first event whose command, decided again as it was (same time, actor and ids), gives exactly these events.
    public static func anchor(of events: [Event], on state: IncidentState, playbook: Playbook) -> Int? {
        events.indices.first { index in
            guard let command = ReplayCheck.command(for: events[index]) else { return false }
            let ids = IDQueue(events.map(\.id))
            let context = DecisionContext(now: events[0].loggedAt, actor: events[index].actor, playbook: playbook, makeEventID: ids.next)
            return (try? decide(command, state: state, context: context).get()) == events
        }
    }

    /// Sends a kept item: dropped as already stored when any of its ids is on the server, else its command is decided
    /// again on the fresh state (`state`, brought up to date here) with the same actor, time and ids, and appended.
    public static func send(_ item: OutboxItem, state: inout IncidentState, store: any EventStore,
                            playbook: Playbook) throws -> Outcome {
        let ids = item.eventIDs
        let stored = try store.events(for: item.incident, after: min(item.basis, state.lastSequence))
        for event in stored where event.sequence > state.lastSequence { state.apply(event) }
        if stored.contains(where: { ids.contains($0.id) }) { return .alreadyStored }
        let anchor = item.events[item.anchor]
        guard let command = ReplayCheck.command(for: anchor) else {
            return .refused(Refusal(.invalidInput, what: "Not shared.", why: "The kept entry could not be read back as a command.",
                                    instead: "Record it again."))
        }
        var decided: [Event] = []
        return try IncidentService.decideAndAppend(
            command, state: &state, actor: anchor.actor, now: { item.events[0].loggedAt }, ids: item.events.map(\.id),
            alreadyStored: ids, store: store, playbook: playbook, decided: &decided,
            contention: "Other processes kept appending faster than this entry could be; it is still kept. Try again.")
    }

    /// The words a person typed for a kept item, to keep when it is refused: an entry's or a message's text, else its summary.
    public static func typedText(of item: OutboxItem) -> String {
        switch item.events[item.anchor].payload {
        case let .entryLogged(_, text): text
        case let .commsSent(message): message.text
        case let .entryCorrected(_, text): text
        case let payload: payload.summary
        }
    }
}
