/// Keeps one incident's state current by reading what other processes appended since.
import Foundation
import IncidentCore
import IncidentStore

public struct IncidentFollower: Sendable {
    public let id: IncidentID
    public private(set) var state: IncidentState

    public init(id: IncidentID, store: any EventStore) throws {
        self.id = id
        state = try store.state(of: id)
    }

    /// Applies events appended after the last one seen; returns whether anything changed.
    @discardableResult
    public mutating func refresh(from store: any EventStore) throws -> Bool {
        let newer = try store.events(for: id, after: state.lastSequence)
        for event in newer { state.apply(event) }
        return !newer.isEmpty
    }
}
