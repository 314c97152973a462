/// A team's incident process as data: roles, cadences, templates, ladder, checklist, suppliers.
import Foundation

public struct Playbook: Sendable, Equatable, Codable {
    public var name: String
    /// People the playbook knows, with whether they have production access.
    public var roster: [RosterEntry]
    /// The seed says the lead is the person on support; later versions say "may be". A different
    /// lead is accepted with a warning when this is true.
    public var leadShouldBeSupport: Bool
    public var defaultPriority: Priority
    public var priorities: [PriorityPolicy]
    /// Minutes between tenant updates when they do not follow priority.
    public var tenantUpdateMinutes: Int
    /// When true, the cadence comes from `priorities` (P1 1 h, P2 2 h, ...).
    public var cadenceFollowsPriority: Bool
    public var channels: Channels
    public var statuspage: StatuspageSettings
    public var escalation: EscalationSettings
    public var checklist: [ChecklistStepDefinition]
    public var reviewWithinDays: Int
    public var reviewInvitees: [String]
    public var publishReportsByDefault: Bool
    public var suppliers: [Supplier]
    public var reminders: ReminderSettings
    /// Where the team keeps the emergency contacts (a restricted document): shown wherever a contact is missing.
    public var emergencyContactsDocument: String? = nil
    /// In hours and out of hours: the start-work time and who may do comms depend on it.
    public var workingHours: WorkingHours = .standard

    /// Minutes until the next tenant update is due after one is sent, at this priority.
    public func cadenceMinutes(for priority: Priority) -> Int {
        guard cadenceFollowsPriority, let policy = priorities.first(where: { $0.priority == priority }) else {
            return tenantUpdateMinutes
        }
        return policy.updateEveryMinutes
    }

    public func rosterEntry(for person: Person) -> RosterEntry? {
        roster.first { Person($0.name) == person }
    }

    public func checklistStep(_ id: String) -> ChecklistStepDefinition? {
        checklist.first { $0.id == id } ?? (id == StepID.alertInformationAssurance ? Self.alertInformationAssuranceStep : nil)
    }

    /// Added to the checklist when a security breach is suspected.
    public static let alertInformationAssuranceStep = ChecklistStepDefinition(
        id: StepID.alertInformationAssurance, title: "Alert Information Assurance", owner: .lead,
        stage: .response, due: .atOnce)
}

public struct RosterEntry: Sendable, Equatable, Codable {
    public var name: String
    public var productionAccess: Bool
    public var contact: ContactDetails
    /// On the out-of-hours escalation rota: out of hours, suggested as the comms person.
    public var escalationRota: Bool
    public init(name: String, productionAccess: Bool, contact: ContactDetails = ContactDetails(), escalationRota: Bool = false) {
        self.name = name; self.productionAccess = productionAccess; self.contact = contact; self.escalationRota = escalationRota
    }
}

public struct PriorityPolicy: Sendable, Equatable, Codable {
    public var priority: Priority
    public var name: String
    public var startWorkWithin: String
    public var updateEveryMinutes: Int
    /// Minutes from declaration to the first action or finding, in hours; nil: no clock.
    public var startWorkMinutesInHours: Int?
    /// The same out of hours; nil: as in hours.
    public var startWorkMinutesOutOfHours: Int?

    public init(priority: Priority, name: String, startWorkWithin: String, updateEveryMinutes: Int,
                startWorkMinutesInHours: Int? = nil, startWorkMinutesOutOfHours: Int? = nil) {
        self.priority = priority; self.name = name; self.startWorkWithin = startWorkWithin
        self.updateEveryMinutes = updateEveryMinutes; self.startWorkMinutesInHours = startWorkMinutesInHours
        self.startWorkMinutesOutOfHours = startWorkMinutesOutOfHours
    }

    /// The start-work limit in minutes, in or out of hours.
    public func startWorkMinutes(inHours: Bool) -> Int? {
        inHours ? startWorkMinutesInHours : (startWorkMinutesOutOfHours ?? startWorkMinutesInHours)
    }
}

public struct Channels: Sendable, Equatable, Codable {
    /// Where the incident is worked (`#paas-incident`).
    public var incident: String
    /// Where the wider team is told (`#paas`).
    public var team: String
}

public struct StatuspageSettings: Sendable, Equatable, Codable {
    /// The template the first tenant notification uses.
    public var firstTemplate: String
    public var templates: [String]
    /// Known components; an update must tick at least one or subscribers are not notified.
    public var components: [String]
    /// Each template's text, by template name: what a chosen template fills the message with, to edit and post.
    public var texts: [String: String] = [:]

    public init(firstTemplate: String, templates: [String], components: [String], texts: [String: String] = [:]) {
        self.firstTemplate = firstTemplate; self.templates = templates; self.components = components; self.texts = texts
    }

    /// The text of the template named `template`, if the playbook gives one.
    public func text(of template: String) -> String? { texts[template] }
}

public struct EscalationLevelDefinition: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    /// Who holds the level, and how to reach them.
    public var contacts: [LevelContact]
    /// Minutes "contacting" without an answer before the level is overdue; nil: the ladder's `noAnswerMinutes`.
    public var noAnswerMinutes: Int?
    public init(id: String, title: String, contacts: [LevelContact] = [], noAnswerMinutes: Int? = nil) {
        self.id = id; self.title = title; self.contacts = contacts; self.noAnswerMinutes = noAnswerMinutes
    }
}

public struct EscalationSettings: Sendable, Equatable, Codable {
    /// Inside the team: how to find who is on the escalation rota.
    public var rotaSteps: [String]
    /// Beyond the team, contacted in this order.
    public var levels: [EscalationLevelDefinition]
    /// Contacted only once every level in `levels` is recorded unavailable.
    public var lastResort: EscalationLevelDefinition
    /// Alerted first, at once, when a security breach is suspected.
    public var securityContact: EscalationLevelDefinition
    /// Who the person reached decides whether to alert.
    public var executiveGroup: String
    /// Minutes without an answer before the ladder suggests moving on.
    public var noAnswerMinutes: Int

    public var allLevels: [EscalationLevelDefinition] { [securityContact] + levels + [lastResort] }
    /// Minutes a level may stay "contacting" without an answer.
    public func noAnswerMinutes(for level: EscalationLevelDefinition) -> Int { level.noAnswerMinutes ?? noAnswerMinutes }
    public func level(_ id: String) -> EscalationLevelDefinition? { allLevels.first { $0.id == id } }
}

public enum StepStage: String, Sendable, Equatable, Codable {
    case setup, comms, response
    case afterResolution = "after-resolution"
}

public enum StepDue: Sendable, Equatable, Codable {
    case none
    /// Due when the stage starts (declaration, or resolution for after-resolution steps).
    case atOnce
    /// Due this many days after resolution.
    case daysAfterResolution(Int)
}

public struct ChecklistStepDefinition: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var owner: Role
    public var stage: StepStage
    public var due: StepDue
    public init(id: String, title: String, owner: Role, stage: StepStage, due: StepDue) {
        self.id = id; self.title = title; self.owner = owner; self.stage = stage; self.due = due
    }
}

/// Step ids the core completes by itself when the matching event happens.
public enum StepID {
    public static let nominateLead = "nominate-lead"
    public static let nominateComms = "nominate-comms"
    public static let joinIncidentChannel = "join-incident-channel"
    public static let tellTeamChannel = "tell-team-channel"
    public static let createStatuspageIncident = "create-statuspage-incident"
    public static let trackerStory = "tracker-story"
    public static let alertInformationAssurance = "alert-information-assurance"
    public static let statusPageOperational = "status-page-operational"
    public static let finalTenantUpdate = "final-tenant-update"
    public static let writeReport = "write-report"
    public static let holdReview = "hold-review"
    public static let publishReport = "publish-report"

    /// Steps done by recording the thing itself, not by ticking them: the command that records each.
    public static let recordedByTheirOwnCommand: [String: Remedy] = [
        nominateLead: .assignRole(.lead),
        nominateComms: .assignRole(.comms),
        tellTeamChannel: .sendComms(.team),
        createStatuspageIncident: .sendComms(.statuspage),
        finalTenantUpdate: .finalUpdate,
        writeReport: .reportWritten,
        holdReview: .reviewHeld,
        publishReport: .publishReport,
    ]
}

public struct ReminderSettings: Sendable, Equatable, Codable {
    /// The comms countdown turns amber this many minutes before an update is due.
    public var warnMinutesBefore: Int
    /// While overdue, reminders repeat this often.
    public var repeatMinutes: Int
    /// Snooze lengths offered.
    public var snoozeMinutes: [Int]
    /// Minutes a step or update due at once (at declaration, reopening, resolution or a suspected breach) stays
    /// "due now" (amber, no bell) before it is overdue; 0: overdue at once.
    public var graceMinutes: Int = 5

    public init(warnMinutesBefore: Int, repeatMinutes: Int, snoozeMinutes: [Int], graceMinutes: Int = 5) {
        self.warnMinutesBefore = warnMinutesBefore; self.repeatMinutes = repeatMinutes
        self.snoozeMinutes = snoozeMinutes; self.graceMinutes = graceMinutes
    }

    /// When something due at once at `dueAt` becomes overdue.
    public func overdueAt(dueAtOnce dueAt: Date) -> Date { dueAt.addingTimeInterval(Double(graceMinutes) * 60) }
}
