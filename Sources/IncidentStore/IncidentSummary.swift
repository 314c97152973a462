/// One line of the incident list: what `incident list` shows without loading every event into the caller.
import Foundation
import IncidentCore

public struct IncidentSummary: Sendable, Equatable, Codable {
    public var id: IncidentID
    public var title: String
    public var priority: Priority
    public var phase: IncidentPhase
    /// Nil only for an incident whose log lacks its `declared` event (an incomplete import).
    public var declaredAt: Date?
    public var lastSequence: Int

    public init(id: IncidentID, title: String, priority: Priority, phase: IncidentPhase, declaredAt: Date?,
                lastSequence: Int) {
        self.id = id
        self.title = title
        self.priority = priority
        self.phase = phase
        self.declaredAt = declaredAt
        self.lastSequence = lastSequence
    }

    /// Summarises an incident's log by replaying it, so the list always agrees with the core's rules.
    public init(id: IncidentID, events: [Event]) {
        let state = IncidentState.replay(events)
        self.init(id: id, title: state.title, priority: state.priority, phase: state.phase,
                  declaredAt: state.declaredAt, lastSequence: state.lastSequence)
    }

    /// Newest declaration first; undeclared incidents last; ties by id, newest-looking id first.
    public static func newestFirst(_ a: IncidentSummary, _ b: IncidentSummary) -> Bool {
        switch (a.declaredAt, b.declaredAt) {
        case let (x?, y?) where x != y: x > y
        case (_?, nil): true
        case (nil, _?): false
        default: a.id > b.id
        }
    }
}
