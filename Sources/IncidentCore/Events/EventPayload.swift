/// What happened, one case per kind of fact. Encoded as `{"<kind>": {fields}}`.
import Foundation

public enum EventPayload: Codable, Sendable, Equatable {
    case declared(title: String, priority: Priority, securitySensitive: Bool, support: Person)
    /// `previous` is set on a hand-over; `productionAccess` says how the lead's access is known.
    case roleAssigned(role: Role, person: Person, previous: Person?, productionAccess: ProductionAccess?, warning: String?)
    case entryLogged(kind: EntryKind, text: String)
    case entryCorrected(entry: UUID, text: String)
    case entryStruck(entry: UUID, reason: String)
    case commsSent(CommsMessage)
    case statuspageStatusChanged(status: StatuspageStatus)
    /// `title` is the level's name in the playbook at the time, so the record reads well on its own.
    case escalationStepped(level: String, title: String?, step: EscalationStep, note: String?)
    case executiveAlertDecided(alert: Bool, decidedBy: Person, note: String?)
    case securityBreachSuspected(note: String?)
    case resolved(productManager: Person, deliveryManager: Person, note: String?)
    case downgraded(from: Priority, to: Priority, productManager: Person, deliveryManager: Person, note: String?)
    case reopened(reason: String)
    case stepCompleted(step: String, note: String?)
    case commsReminderSnoozed(until: Date, minutes: Int)
    case reviewScheduled(at: Date, overrideReason: String?)
    case reviewHeld(attendees: [Person])
    case reportWritten(location: String?)
    case reportPublished(overrideReason: String?)
    case publicationWithheld(reason: String)
    case closed

    /// The stable name of this kind of event, as stored.
    public var kind: String {
        switch self {
        case .declared: "declared"
        case .roleAssigned: "roleAssigned"
        case .entryLogged: "entryLogged"
        case .entryCorrected: "entryCorrected"
        case .entryStruck: "entryStruck"
        case .commsSent: "commsSent"
        case .statuspageStatusChanged: "statuspageStatusChanged"
        case .escalationStepped: "escalationStepped"
        case .executiveAlertDecided: "executiveAlertDecided"
        case .securityBreachSuspected: "securityBreachSuspected"
        case .resolved: "resolved"
        case .downgraded: "downgraded"
        case .reopened: "reopened"
        case .stepCompleted: "stepCompleted"
        case .commsReminderSnoozed: "commsReminderSnoozed"
        case .reviewScheduled: "reviewScheduled"
        case .reviewHeld: "reviewHeld"
        case .reportWritten: "reportWritten"
        case .reportPublished: "reportPublished"
        case .publicationWithheld: "publicationWithheld"
        case .closed: "closed"
        }
    }

    /// The kinds that decide an incident's title, priority, phase and declaration time: replaying
    /// only these gives the same summary as replaying the whole log, so lists stay cheap.
    public static let lifecycleKinds: Set<String> = ["declared", "downgraded", "resolved", "reopened", "closed"]

    public static let knownKinds: Set<String> = [
        "declared", "roleAssigned", "entryLogged", "entryCorrected", "entryStruck", "commsSent",
        "statuspageStatusChanged", "escalationStepped", "executiveAlertDecided", "securityBreachSuspected",
        "resolved", "downgraded", "reopened", "stepCompleted", "commsReminderSnoozed", "reviewScheduled",
        "reviewHeld", "reportWritten", "reportPublished", "publicationWithheld", "closed",
    ]
}

/// How the incident lead's production access is known.
public enum ProductionAccess: Codable, Sendable, Equatable {
    /// The playbook's roster lists the person with access.
    case roster
    /// Not on the roster; the named person confirmed it when assigning.
    case confirmedBy(Person)
}

/// One message sent to the team, to tenants on Statuspage, or by email.
public struct CommsMessage: Codable, Sendable, Equatable {
    public var channel: CommsChannel
    public var text: String
    public var status: StatuspageStatus?
    public var components: [String]
    public var template: String?
    /// Set when the message promised the next update sooner than the cadence.
    public var nextUpdateDueAt: Date?
    /// False for a Statuspage update with no components ticked: nobody was notified.
    public var notifiesSubscribers: Bool

    public init(channel: CommsChannel, text: String, status: StatuspageStatus? = nil, components: [String] = [],
                template: String? = nil, nextUpdateDueAt: Date? = nil, notifiesSubscribers: Bool = true) {
        self.channel = channel
        self.text = text
        self.status = status
        self.components = components
        self.template = template
        self.nextUpdateDueAt = nextUpdateDueAt?.wholeMilliseconds
        self.notifiesSubscribers = notifiesSubscribers
    }
}
