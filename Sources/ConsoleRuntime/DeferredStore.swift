/// A shared store opened on first use, and again until it opens: a console can start while its server is away, work
/// offline from what it kept, and reach the server once it answers.
import Foundation
import IncidentCore
import IncidentStore

public final class DeferredStore: EventStore, @unchecked Sendable {
    private let opening: @Sendable () throws -> any EventStore
    private let lock = NSLock()
    private var store: (any EventStore)?

    /// `opening` connects (and checks the schema); it is called again on each use until it succeeds.
    public init(opening: @escaping @Sendable () throws -> any EventStore) {
        self.opening = opening
    }

    private func opened() throws -> any EventStore {
        try lock.withLock {
            if let store { return store }
            let opened = try opening()
            store = opened
            return opened
        }
    }

    public func append(_ events: [Event], expectedLastSequence: Int) throws {
        try opened().append(events, expectedLastSequence: expectedLastSequence)
    }

    public func state(of incident: IncidentID) throws -> IncidentState { try opened().state(of: incident) }
    public func storedSnapshot(of incident: IncidentID) throws -> IncidentState? { try opened().storedSnapshot(of: incident) }
    public func events(for incident: IncidentID) throws -> [Event] { try opened().events(for: incident) }
    public func events(for incident: IncidentID, after sequence: Int) throws -> [Event] { try opened().events(for: incident, after: sequence) }
    public func records(for incident: IncidentID, after sequence: Int) throws -> [WireRecord] { try opened().records(for: incident, after: sequence) }
    public func incidentIDs() throws -> [IncidentID] { try opened().incidentIDs() }
    public func incidents() throws -> [IncidentSummary] { try opened().incidents() }
    @discardableResult public func importEvents(_ events: [Event]) throws -> Int { try opened().importEvents(events) }
    @discardableResult public func importRecords(_ records: [WireRecord]) throws -> Int { try opened().importRecords(records) }
    public func changeWatcher() throws -> any StoreChangeWatcher { try opened().changeWatcher() }
}
