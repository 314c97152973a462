/// A machine-readable picture of one incident and its derived views, for `incident show --json`.
import Foundation
import IncidentCore

public struct IncidentReport: Codable, Sendable {
    public struct RoleLine: Codable, Sendable {
        public var role: String
        public var person: String?
        public var since: String?
        public var productionAccess: String?
    }
    /// One person holding one role for a while; `until` is nil while they still hold it.
    public struct Tenure: Codable, Sendable {
        public var role: String
        public var person: String
        public var from: String
        public var until: String?
        public var productionAccess: String?
    }
    public struct Durations: Codable, Sendable {
        public var sinceDeclaredSeconds: Int?
        public var toResolutionSeconds: Int?
        /// Negative once the review deadline has passed.
        public var untilReviewDeadlineSeconds: Int?
    }
    public struct Entry: Codable, Sendable {
        public var id: String
        public var sequence: Int
        public var occurredAt: String
        public var loggedAt: String
        public var actor: String
        public var kind: String
        public var text: String
        public var originalText: String?
        public var struck: String?
        public var warning: String?
    }
    public struct Comms: Codable, Sendable {
        public var phase: String
        public var dueAt: String?
        public var remainingSeconds: Int?
        public var overdue: Bool
        public var promised: Bool
        public var statuspageStatus: String?
        public var lastUpdateAt: String?
        public var lastUpdateBy: String?
        public var snoozedUntil: String?
    }
    public struct Step: Codable, Sendable {
        public var id: String
        public var title: String
        public var status: String
        public var dueAt: String?
        /// Set when the step was skipped: why.
        public var skipReason: String?
    }
    public struct Level: Codable, Sendable {
        public var id: String
        public var title: String
        public var state: String
        public var since: String?
        public var next: Bool
        /// Contacting for longer than the level's no-answer time.
        public var overdue: Bool
        /// Not contacted while a later level was.
        public var skipped: Bool
    }
    /// The start-work clock: from declaration to the first action or finding.
    public struct StartWork: Codable, Sendable {
        public var limitMinutes: Int
        public var outOfHours: Bool
        public var dueAt: String
        /// running, soon, overdue, met or late.
        public var status: String
        public var workStartedAt: String?
    }

    public var id: String
    public var title: String
    public var priority: String
    public var phase: String
    public var securitySensitive: Bool
    public var declaredAt: String?
    public var resolvedAt: String?
    public var roles: [RoleLine]
    public var roleHistory: [Tenure]
    public var durations: Durations
    /// The key times marked (impact started, detected, mitigated, recovered), by their wire names.
    public var keyTimes: [String: String]
    public var timeline: [Entry]
    public var comms: Comms
    public var checklist: [Step]
    public var escalation: [Level]
    public var nextEscalationStep: String
    /// How to find the person to escalate to inside the team.
    public var escalationRota: [String]
    /// "in hours" or "out of hours", now.
    public var hours: String
    public var startWork: StartWork?

    public init(state: IncidentState, playbook: Playbook, now: Date) {
        let clock = CommsClock(state: state, playbook: playbook, now: now)
        let ladder = Ladder(state: state, playbook: playbook, now: now)
        id = state.id?.rawValue ?? ""
        title = state.title
        priority = state.priority.rawValue
        phase = state.phase.rawValue
        securitySensitive = state.securitySensitive
        declaredAt = state.declaredAt.map(Timestamp.format)
        resolvedAt = state.resolution.map { Timestamp.format($0.at) }
        let view = RolesView(state: state, now: now)
        roles = (view.holders + view.members).map {
            RoleLine(role: $0.role.rawValue, person: $0.person?.name, since: $0.since.map(Timestamp.format),
                     productionAccess: $0.productionAccess?.summary)
        }
        roleHistory = state.roleHistory.map {
            Tenure(role: $0.role.rawValue, person: $0.person.name, from: Timestamp.format($0.from), until: $0.until.map(Timestamp.format),
                   productionAccess: $0.productionAccess?.summary)
        }
        let spans = IncidentCore.Durations(state: state, playbook: playbook, now: now)
        let seconds = { (span: TimeInterval?) in span.map { Int($0.rounded(.down)) } }
        durations = Durations(sinceDeclaredSeconds: seconds(spans.sinceDeclared), toResolutionSeconds: seconds(spans.toResolution),
                              untilReviewDeadlineSeconds: seconds(spans.untilReviewDeadline))
        keyTimes = Dictionary(uniqueKeysWithValues: state.keyTimes.map { ($0.key.rawValue, Timestamp.format($0.value.at)) })
        timeline = state.timeline.map {
            Entry(id: $0.id.uuidString.lowercased(), sequence: $0.sequence, occurredAt: Timestamp.format($0.occurredAt),
                  loggedAt: Timestamp.format($0.loggedAt), actor: $0.actor.name, kind: $0.category.name, text: $0.text,
                  originalText: $0.corrections.isEmpty ? nil : $0.originalText, struck: $0.strike?.reason, warning: $0.warning)
        }
        comms = Comms(phase: clock.phase.name, dueAt: clock.dueAt.map(Timestamp.format),
                      remainingSeconds: clock.remaining.map { Int($0.rounded(.down)) }, overdue: clock.isOverdue,
                      promised: clock.promised, statuspageStatus: state.comms.statuspageStatus?.rawValue,
                      lastUpdateAt: clock.lastUpdate.map { Timestamp.format($0.at) }, lastUpdateBy: clock.lastUpdate?.by.name,
                      snoozedUntil: clock.snoozedUntil.map(Timestamp.format))
        checklist = Checklist(state: state, playbook: playbook, now: now).items.map {
            Step(id: $0.id, title: $0.title, status: "\($0.status)", dueAt: $0.dueAt.map(Timestamp.format), skipReason: $0.completion?.skipReason)
        }
        escalation = ladder.levels.map {
            Level(id: $0.id, title: $0.title, state: $0.status?.step.rawValue ?? "not-contacted",
                  since: $0.status.map { Timestamp.format($0.since) }, next: $0.isNext, overdue: $0.urgency == .overdue, skipped: $0.skipped)
        }
        nextEscalationStep = ladder.nextStep
        escalationRota = ladder.rotaSteps
        hours = HoursView(playbook: playbook, now: now).label
        let start = StartWorkClock(state: state, playbook: playbook, now: now)
        if let limit = start.limitMinutes, let due = start.dueAt {
            startWork = StartWork(limitMinutes: limit, outOfHours: start.outOfHours, dueAt: Timestamp.format(due), status: "\(start.status)",
                                  workStartedAt: start.workStartedAt.map(Timestamp.format))
        }
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

extension CommsClock.Phase {
    public var name: String {
        switch self {
        case .notDeclared: "not-declared"
        case .awaitingFirstUpdate: "awaiting-first-update"
        case .running: "running"
        case .finalUpdateDue: "final-update-due"
        case .stopped: "stopped"
        }
    }
}
