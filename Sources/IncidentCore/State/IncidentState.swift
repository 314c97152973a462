/// The state of one incident: a pure fold of its events.
import Foundation

public struct IncidentState: Equatable, Sendable {
    public var id: IncidentID?
    public var title: String = ""
    public var priority: Priority = .p1
    public var phase: IncidentPhase = .none
    public var securitySensitive = false
    public var declaredAt: Date?
    public var declaredBy: Person?
    /// Sequence number of the last applied event; 0 before any.
    public var lastSequence = 0

    public init() {}

    /// The state after applying `events` in order.
    public static func replay<S: Sequence>(_ events: S) -> IncidentState where S.Element == Event {
        var state = IncidentState()
        for event in events { state.apply(event) }
        return state
    }

    /// Folds one event into the state. Total: an event that refers to something unknown changes
    /// only what it can, so replaying any log always succeeds and gives the same state.
    public mutating func apply(_ event: Event) {
        lastSequence = event.sequence
        switch event.payload {
        case let .declared(title, priority, security, _):
            id = event.incidentID
            self.title = title
            self.priority = priority
            securitySensitive = security
            declaredAt = event.occurredAt
            declaredBy = event.actor
            phase = .active
        case .resolved: phase = .resolved
        case .reopened: phase = .active
        case .closed: phase = .closed
        default: break
        }
    }
}
