/// Commands: what a responder intends. ``decide(_:state:context:)`` checks them against the rules.
import Foundation

public enum Command: Sendable, Equatable {
    case declare(id: IncidentID, title: String, priority: Priority?, securitySensitive: Bool)
    /// Assigning a single-holder role that someone holds is a hand-over.
    /// `productionAccessConfirmed` records the assigner's word when the roster does not list the person.
    case assignRole(Role, Person, productionAccessConfirmed: Bool)
    /// Hands a held role to someone else; refused when nobody holds it.
    case handOverRole(Role, to: Person, productionAccessConfirmed: Bool)
    /// `at` back-dates the entry; it may not be in the future.
    case log(EntryKind, text: String, at: Date?)
    case correct(entry: UUID, text: String)
    case strike(entry: UUID, reason: String)
    case sendComms(CommsRequest)
    case setStatuspageStatus(StatuspageStatus)
    case escalate(level: String, step: EscalationStep, note: String?)
    case decideExecutiveAlert(alert: Bool, decidedBy: Person, note: String?)
    case suspectSecurityBreach(note: String?)
    /// The people the decision was made with: must name the product and the delivery manager.
    case resolve(with: [Person], note: String?)
    case downgrade(to: Priority, with: [Person], note: String?)
    case reopen(reason: String)
    case completeStep(String, note: String?)
    case snoozeCommsReminder(minutes: Int)
    case scheduleReview(at: Date, overrideReason: String?)
    case recordReviewHeld(attendees: [Person])
    case recordReportWritten(location: String?)
    case publishReport(overrideReason: String?)
    case withholdPublication(reason: String)
    case close
    case markKeyTime(KeyTime, note: String?)
    case writeReportText(ReportSection, text: String)
    case writeRootCause(RootCauseCategory, text: String)
    case agreeFollowUp(action: String, owner: Person, tracker: String?)
    /// The command, as it happened at an earlier time: the rules judge it at that time, and its events keep
    /// the time of writing as `loggedAt`. Not for corrections, strikes, snoozes or report text, which happen now.
    /// A checklist step not to be done, with the reason; closing needs every step done or skipped.
    case skipStep(String, reason: String)
    case recordSupplierContact(supplier: String, step: SupplierStep, reference: String?)
    indirect case backdated(Command, at: Date)
}

/// A comms message to send, as the responder typed it.
public struct CommsRequest: Sendable, Equatable {
    public var channel: CommsChannel
    public var text: String
    public var status: StatuspageStatus?
    public var components: [String]
    public var template: String?
    /// Promise the next update sooner than the cadence.
    public var nextUpdateInMinutes: Int?
    /// The responder accepts that a Statuspage update with no components notifies nobody.
    public var confirmedNoNotification: Bool
    public var at: Date?

    public init(channel: CommsChannel, text: String, status: StatuspageStatus? = nil, components: [String] = [],
                template: String? = nil, nextUpdateInMinutes: Int? = nil, confirmedNoNotification: Bool = false,
                at: Date? = nil) {
        self.channel = channel; self.text = text; self.status = status; self.components = components
        self.template = template; self.nextUpdateInMinutes = nextUpdateInMinutes
        self.confirmedNoNotification = confirmedNoNotification; self.at = at
    }
}

/// Everything a decision needs besides the state: the time, who acts, the rules, and fresh ids.
public struct DecisionContext: Sendable {
    public var now: Date
    public var actor: Person
    public var playbook: Playbook
    public var makeEventID: @Sendable () -> UUID

    public init(now: Date, actor: Person, playbook: Playbook = .standard,
                makeEventID: @escaping @Sendable () -> UUID) {
        self.now = now.wholeMilliseconds
        self.actor = actor
        self.playbook = playbook
        self.makeEventID = makeEventID
    }
}
