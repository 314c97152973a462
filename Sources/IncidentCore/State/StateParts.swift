/// The pieces of incident state: role tenures, timeline items, comms, escalation, review.
import Foundation

/// One person holding one role for a span of time.
public struct RoleTenure: Sendable, Equatable {
    public var role: Role
    public var person: Person
    public var from: Date
    public var until: Date?
    public var productionAccess: ProductionAccess?
}

/// A line of the timeline: every event, summarised, with corrections and strike-outs attached.
public struct TimelineItem: Sendable, Equatable, Identifiable {
    public enum Category: Sendable, Equatable {
        case declared
        case entry(EntryKind)
        case comms(CommsChannel)
        case role, status, escalation, security, resolution, postIncident, step, warning
    }

    public struct Correction: Sendable, Equatable {
        public var at: Date
        public var by: Person
        public var text: String
    }

    public struct Strike: Sendable, Equatable {
        public var at: Date
        public var by: Person
        public var reason: String
    }

    /// The id of the event the item came from; corrections and strikes refer to it.
    public var id: UUID
    public var sequence: Int
    public var occurredAt: Date
    public var loggedAt: Date
    public var actor: Person
    public var category: Category
    public var originalText: String
    public var corrections: [Correction] = []
    public var strike: Strike?
    /// Set when the item carries a process warning (for example a lead who is not on support).
    public var warning: String?

    /// The text as it now reads: the latest correction, else the original.
    public var text: String { corrections.last?.text ?? originalText }
    public var isLogEntry: Bool { if case .entry = category { true } else { false } }
    public var isBackdated: Bool { loggedAt.timeIntervalSince(occurredAt) >= 60 }
}

/// A tenant update or other comms message as recorded.
public struct CommsRecord: Sendable, Equatable {
    public var at: Date
    public var by: Person
    public var message: CommsMessage
}

public struct CommsState: Sendable, Equatable {
    public var teamToldAt: Date?
    /// The first Statuspage message, which opens the Statuspage incident.
    public var statuspageOpenedAt: Date?
    public var lastTenantUpdate: CommsRecord?
    public var lastMessage: CommsRecord?
    public var statuspageStatus: StatuspageStatus?
    public var components: [String] = []
    public var snoozedUntil: Date?
    /// When the incident was last reopened: tenants who were told it was fixed are owed an update at once.
    public var reopenedAt: Date?
    /// The "resolved" Statuspage update after resolution; stops the comms clock.
    public var finalUpdateAt: Date?
    public var tenantUpdateCount = 0
}

/// Where one escalation level stands.
public struct LevelStatus: Sendable, Equatable {
    public var step: EscalationStep
    public var since: Date
    public var by: Person
    public var note: String?
}

public struct ExecutiveAlertDecision: Sendable, Equatable {
    public var alert: Bool
    public var decidedBy: Person
    public var at: Date
    public var note: String?
}

public struct StepCompletion: Sendable, Equatable {
    public var at: Date
    public var by: Person
    public var note: String?
}

public struct Resolution: Sendable, Equatable {
    public var at: Date
    public var by: Person
    public var productManager: Person
    public var deliveryManager: Person
    public var note: String?
}

public struct PostIncidentState: Sendable, Equatable {
    public var reviewScheduledFor: Date?
    public var reviewOverrideReason: String?
    public var reviewHeldAt: Date?
    public var reviewAttendees: [Person] = []
    public var reportWrittenAt: Date?
    public var reportLocation: String?
    public var publishedAt: Date?
    public var publishOverrideReason: String?
    public var withheldReason: String?
    public var closedAt: Date?
}
