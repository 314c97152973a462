/// The durable event log as the rest of the program sees it, independent of SQLite.
import Foundation
import IncidentCore

public protocol EventStore: Sendable {
    /// Appends atomically and durably. `expectedLastSequence` is the sequence the caller's state was built on;
    /// if another writer appended since, throws `StoreError.conflict(currentLastSequence:)` and writes nothing.
    /// All events must belong to one incident and be numbered `expectedLastSequence + 1, + 2, …`
    /// (else `StoreError.invalidSequence` / `.mixedIncidents`). An empty array is a no-op.
    func append(_ events: [Event], expectedLastSequence: Int) throws

    /// The incident's replayed state (the empty state for an unknown incident). A store may keep snapshots so
    /// that this costs the events since the last one rather than the whole log.
    func state(of incident: IncidentID) throws -> IncidentState

    /// The saved state snapshot `state(of:)` starts from, if any (nil for stores that keep none).
    func storedSnapshot(of incident: IncidentID) throws -> IncidentState?

    /// All events of one incident, in sequence order; empty for an unknown incident.
    func events(for incident: IncidentID) throws -> [Event]

    /// The events with a sequence greater than `sequence`, in order: "what changed since N", for live follow.
    func events(for incident: IncidentID, after sequence: Int) throws -> [Event]

    /// The stored lines with their events, in order: what export writes and `verify` checks.
    func records(for incident: IncidentID, after sequence: Int) throws -> [WireRecord]

    /// Every incident's id, in order.
    func incidentIDs() throws -> [IncidentID]

    /// One summary per incident, newest declaration first.
    func incidents() throws -> [IncidentSummary]

    /// Idempotent import by event id: events already present (same id) are skipped; returns how many were added.
    /// All or nothing: refuses with a `StoreError` (and adds nothing) if the result would not be a gap-free log.
    @discardableResult
    func importEvents(_ events: [Event]) throws -> Int

    /// Like `importEvents`, keeping each line exactly as exported, so hash chains carry over; refuses
    /// (`ImportError`) an id reused with other content and an import after which a chain would not hold.
    @discardableResult
    func importRecords(_ records: [WireRecord]) throws -> Int

    /// A cheap "has anything been committed since I last asked?" for live follow (default: always yes).
    func changeWatcher() throws -> any StoreChangeWatcher
}

extension EventStore {
    public func events(for incident: IncidentID) throws -> [Event] {
        try events(for: incident, after: 0)
    }

    public func state(of incident: IncidentID) throws -> IncidentState {
        IncidentState.replay(try events(for: incident))
    }

    public func storedSnapshot(of incident: IncidentID) throws -> IncidentState? { nil }
}
