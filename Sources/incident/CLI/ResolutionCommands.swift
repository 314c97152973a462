/// Resolution and after: resolve, downgrade, reopen, step, review, close.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore

struct ResolveCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "resolve", abstract: "Record the decision that the incident is resolved (incident lead).")
    @OptionGroup var global: GlobalOptions
    @Option(help: atHelp) var at: String?
    @Option(name: .customLong("with"), parsing: .upToNextOption, help: "The product manager and the delivery manager it was decided with (repeat; product manager first).",
            completion: .custom(CompletionValues.people)) var people: [String] = []
    @Option(help: "A note.") var note: String?
    func command(now: Date, timeZone: TimeZone) throws -> Command { .resolve(with: people.map { Person($0) }, note: note) }
}

struct DowngradeCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "downgrade", abstract: "Record a downgrade to a lower priority (incident lead).")
    @OptionGroup var global: GlobalOptions
    @Option(help: atHelp) var at: String?
    @Argument(help: "The new priority.") var priority: Priority
    @Option(name: .customLong("with"), parsing: .upToNextOption, help: "The product manager and the delivery manager (repeat).",
            completion: .custom(CompletionValues.people)) var people: [String] = []
    @Option(help: "A note.") var note: String?
    func command(now: Date, timeZone: TimeZone) throws -> Command { .downgrade(to: priority, with: people.map { Person($0) }, note: note) }
}

struct ReopenCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a resolved or closed incident.")
    @OptionGroup var global: GlobalOptions
    @Option(help: atHelp) var at: String?
    @Option(help: "Why it is reopened.") var reason: String
    func command(now: Date, timeZone: TimeZone) throws -> Command { .reopen(reason: reason) }
}

struct StepCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "step", abstract: "Mark a checklist step done, or skip it with a reason (ids in incident show --json).")
    @OptionGroup var global: GlobalOptions
    @Option(help: atHelp) var at: String?
    @Argument(help: "The step id, such as join-incident-channel or status-page-operational.", completion: .custom(CompletionValues.steps))
    var step: String
    @Option(help: "A note.") var note: String?
    @Option(help: ArgumentHelp("Skip the step instead, for this reason (closing needs every step done or skipped).", valueName: "reason"))
    var skip: String?
    func command(now: Date, timeZone: TimeZone) throws -> Command {
        if let skip {
            guard note == nil else { throw AppError.usage("A skipped step takes its reason (--skip), not a note.") }
            return .skipStep(step, reason: skip)
        }
        return .completeStep(step, note: note)
    }
}

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "review", abstract: "The no-blame review, due within a week of resolution.",
                                                    subcommands: [Schedule.self, Held.self])

    struct Schedule: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "schedule", abstract: "Record when the review is.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "When: 2026-12-03T14:00:00Z, '2026-12-03 14:00' (local time), 14:00, 2:30pm, or from now: in 3d, 48h.") var date: String
        @Option(help: "Why it must be later than a week after resolution.") var reason: String?
        func command(now: Date, timeZone: TimeZone) throws -> Command {
            .scheduleReview(at: try parseTimeAhead(date, now: now, timeZone: timeZone), overrideReason: reason)
        }
    }

    struct Held: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "held", abstract: "Record that the review was held, and who came.")
        @OptionGroup var global: GlobalOptions
        @Option(help: atHelp) var at: String?
        @Option(help: "Someone who attended (repeat).", completion: .custom(CompletionValues.people)) var attendee: [String] = []
        func command(now: Date, timeZone: TimeZone) throws -> Command { .recordReviewHeld(attendees: attendee.map { Person($0) }) }
    }
}

struct CloseCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close a resolved incident once every checklist step is done or skipped with a reason.")
    @OptionGroup var global: GlobalOptions
    @Option(help: atHelp) var at: String?
    func command(now: Date, timeZone: TimeZone) throws -> Command { .close }
}
