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

/// A line of the timeline: every event as a typed value, with corrections and strike-outs attached.
/// It holds no English: the console, the CLI and the report word it (`EventPayload.summary(naming:)`).
public struct TimelineItem: Sendable, Equatable, Identifiable {
    public enum Category: Sendable, Equatable {
        case declared
        case entry(EntryKind)
        case comms(CommsChannel)
        case role, status, escalation, security, resolution, postIncident, step, warning
        case keyTime, report
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
    /// What happened, as recorded.
    public var payload: EventPayload
    public var corrections: [Correction] = []
    public var strike: Strike?

    public init(id: UUID, sequence: Int, occurredAt: Date, loggedAt: Date, actor: Person, payload: EventPayload) {
        self.id = id; self.sequence = sequence; self.occurredAt = occurredAt; self.loggedAt = loggedAt
        self.actor = actor; self.payload = payload
    }

    public var category: TimelineItem.Category { payload.timelineCategory }
    /// A logged entry's text as first written; for other items, their summary.
    public var originalText: String {
        if case let .entryLogged(_, text) = payload { text } else { payload.summary }
    }
    /// The text as it now reads: the latest correction, else the original.
    public var text: String { corrections.last?.text ?? originalText }
    /// The process warning a rule attached when it accepted the event (the event was still recorded).
    public var warning: String? { payload.warning }
    public var isLogEntry: Bool { if case .entry = category { true } else { false } }
    /// Written down a minute or more after it happened.
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
    /// Set when the step was skipped rather than done: why.
    public var skipReason: String?
    public init(at: Date, by: Person, note: String?, skipReason: String? = nil) {
        self.at = at; self.by = by; self.note = note; self.skipReason = skipReason
    }
    public var skipped: Bool { skipReason != nil }
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
    /// When it was recorded withheld.
    public var withheldAt: Date?
    public var closedAt: Date?
}

/// One stretch of the incident from declaration (or a reopen) to resolution; open while `until` is nil.
public struct ActivePeriod: Sendable, Equatable {
    public var from: Date
    public var until: Date?
}

/// Who recorded a key time, and when it was.
public struct KeyTimeMark: Sendable, Equatable {
    public var at: Date
    public var by: Person
    public var note: String?
}

/// A written part of the report, its latest version.
public struct ReportText: Sendable, Equatable {
    public var text: String
    public var at: Date
    public var by: Person
}

public struct RootCause: Sendable, Equatable {
    public var category: RootCauseCategory
    public var text: String
    public var at: Date
    public var by: Person
}

public struct FollowUpAction: Sendable, Equatable, Identifiable {
    /// The id of the event that agreed it.
    public var id: UUID
    public var action: String
    public var owner: Person
    public var tracker: String?
    public var at: Date
    public var by: Person
}

/// What people wrote for the report: its sections, the root cause and the follow-up actions.
public struct ReportContent: Sendable, Equatable {
    public var sections: [ReportSection: ReportText] = [:]
    public var rootCause: RootCause?
    public var followUps: [FollowUpAction] = []
}
