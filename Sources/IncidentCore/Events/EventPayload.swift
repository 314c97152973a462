/// What happened, one case per kind of fact. Stored through `EventWire` (docs/wire-format.md), never Codable.
import Foundation

public enum EventPayload: Sendable, Equatable {
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
    /// A key time of the report: when impact started, was detected, was mitigated, was fully recovered.
    case keyTimeMarked(marker: KeyTime, note: String?)
    /// A part of the report as written now; a later one replaces it, the log keeps each version.
    case reportTextWritten(section: ReportSection, text: String)
    case rootCauseWritten(category: RootCauseCategory, text: String)
    /// A follow-up action agreed, with its owner and an optional tracker reference (a story or ticket).
    case followUpAgreed(action: String, owner: Person, tracker: String?)
    /// A checklist step not done, on purpose, and why: it no longer keeps the incident open.
    case stepSkipped(step: String, reason: String)
    /// A supplier contacted, a support case opened with them, or their answer, with the case reference.
    case supplierContacted(supplier: String, step: SupplierStep, reference: String?)
}

/// How far a supplier contact has got.
public enum SupplierStep: String, Sendable, Equatable, CaseIterable, Codable {
    case contacted, `case`, answered
}

/// How the incident lead's production access is known.
public enum ProductionAccess: Sendable, Equatable {
    /// The playbook's roster lists the person with access.
    case roster
    /// Not on the roster; the named person confirmed it when assigning.
    case confirmedBy(Person)
}

/// One message sent to the team, to tenants on Statuspage, or by email.
public struct CommsMessage: Sendable, Equatable {
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
