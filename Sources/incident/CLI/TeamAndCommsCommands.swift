/// Roles and comms: assign, comms, status, snooze.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore

struct AssignCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: "Give a role to someone; if someone holds it, hand it over.")
    @OptionGroup var global: GlobalOptions
    @Option(help: atHelp) var at: String?
    @Argument(help: "lead, comms, member, support, product-manager or delivery-manager.") var role: Role
    @Argument(help: "The person's name.", completion: .custom(CompletionValues.people)) var person: String
    @Flag(help: "You confirm the person has production access (needed for a lead not on the roster).") var productionAccess = false

    func command(now: Date, timeZone: TimeZone) throws -> Command {
        .assignRole(role, Person(person), productionAccessConfirmed: productionAccess)
    }
}

struct CommsCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "comms", abstract: "Record a message to the team, to tenants on Statuspage, or by email.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "team, statuspage or email.") var channel: CommsChannel
    @Option(help: "Statuspage status: investigating, identified, monitoring or resolved.") var status: StatuspageStatus?
    @Option(help: "An affected Statuspage component (repeat for several).", completion: .custom(CompletionValues.components)) var component: [String] = []
    @Option(help: "The saved Statuspage template used.", completion: .custom(CompletionValues.templates)) var template: String?
    @Option(help: "Promise the next update in this many minutes (sooner than the cadence).") var nextUpdateIn: Int?
    @Flag(help: "Send a Statuspage update with no components, accepting that nobody is notified.") var noComponents = false
    @Option(help: atHelp) var at: String?
    @Argument(help: "The message (- reads standard input).") var text: [String]

    func command(now: Date, timeZone: TimeZone) throws -> Command {
        .sendComms(CommsRequest(channel: channel, text: try readEntryText(text), status: status, components: component, template: template,
                                nextUpdateInMinutes: nextUpdateIn, confirmedNoNotification: noComponents,
                                at: try parseTime(at, now: now, timeZone: timeZone)))
    }
}

struct StatusCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Record the Statuspage incident's status.")
    @OptionGroup var global: GlobalOptions
    @Option(help: atHelp) var at: String?
    @Argument(help: "investigating, identified, monitoring or resolved.") var status: StatuspageStatus
    func command(now: Date, timeZone: TimeZone) throws -> Command { .setStatuspageStatus(status) }
}

struct SnoozeCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "snooze", abstract: "Snooze the comms reminder (5, 10 or 15 minutes); logged.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Minutes.") var minutes: Int
    func command(now: Date, timeZone: TimeZone) throws -> Command { .snoozeCommsReminder(minutes: minutes) }
}
