/// The small closed vocabularies of the process: roles, priorities, entry kinds, statuses.
import Foundation

/// A role in the incident team.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    case support, lead, comms, member
    case productManager = "product-manager"
    case deliveryManager = "delivery-manager"

    /// Roles that exactly one person holds at a time; `member` is held by many.
    public var isSingleHolder: Bool { self != .member }
    public var title: String {
        switch self {
        case .support: "Person on support"
        case .lead: "Incident lead"
        case .comms: "Incident comms"
        case .member: "Team member"
        case .productManager: "Product manager"
        case .deliveryManager: "Delivery manager"
        }
    }
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Incident priority, P1 the most severe.
public enum Priority: String, Codable, Sendable, CaseIterable, Comparable {
    case p1 = "P1", p2 = "P2", p3 = "P3", p4 = "P4"
    public var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    /// Accepts `P1`, `p1` or `1`.
    public init?(text: String) {
        let t = text.uppercased().trimmingCharacters(in: .whitespaces)
        self.init(rawValue: t.hasPrefix("P") ? t : "P" + t)
    }
}

/// The kind of a timeline entry a responder logs.
public enum EntryKind: String, Codable, Sendable, CaseIterable {
    case action, finding, decision
    case productionChange = "change"
    case note
    public var title: String {
        switch self {
        case .action: "Action"
        case .finding: "Finding"
        case .decision: "Decision"
        case .productionChange: "Production change"
        case .note: "Note"
        }
    }
}

/// Where a comms message went.
public enum CommsChannel: String, Codable, Sendable, CaseIterable {
    case team, statuspage, email
}

/// Statuspage incident status.
public enum StatuspageStatus: String, Codable, Sendable, CaseIterable {
    case investigating, identified, monitoring, resolved
}

/// A step on one escalation level.
public enum EscalationStep: String, Codable, Sendable, CaseIterable {
    case contacting, reached, unavailable
}

/// Where the incident is in its life.
public enum IncidentPhase: String, Codable, Sendable {
    /// Nothing declared yet.
    case none
    case active, resolved, closed
}

/// A moment the incident report compares across incidents. Declaration and resolution are events of their own.
public enum KeyTime: String, Codable, Sendable, CaseIterable {
    case impactStarted = "impact-started"
    case detected, mitigated, recovered
}

/// A part of the incident report that a person writes (the rest comes from the record).
public enum ReportSection: String, Codable, Sendable, CaseIterable {
    case summary, impact
    case wentWell = "went-well"
    case wentBadly = "went-badly"
    case reviewOutcome = "review-outcome"
}

/// The kind of root cause, as the incident report template classifies it.
public enum RootCauseCategory: String, Codable, Sendable, CaseIterable {
    case codeChange = "code-change"
    case configuration, capacity, supplier, operation, design, unknown
}
