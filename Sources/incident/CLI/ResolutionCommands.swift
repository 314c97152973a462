/// Resolution and after: resolve, downgrade, reopen, step, review, report, close.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore

struct ResolveCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "resolve", abstract: "Record the decision that the incident is resolved (incident lead).")
    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("with"), parsing: .upToNextOption, help: "The product manager and the delivery manager it was decided with (repeat; product manager first).") var people: [String] = []
    @Option(help: "A note.") var note: String?
    func command(now: Date, timeZone: TimeZone) throws -> Command { .resolve(with: people.map { Person($0) }, note: note) }
}

struct DowngradeCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "downgrade", abstract: "Record a downgrade to a lower priority (incident lead).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The new priority.") var priority: Priority
    @Option(name: .customLong("with"), parsing: .upToNextOption, help: "The product manager and the delivery manager (repeat).") var people: [String] = []
    @Option(help: "A note.") var note: String?
    func command(now: Date, timeZone: TimeZone) throws -> Command { .downgrade(to: priority, with: people.map { Person($0) }, note: note) }
}

struct ReopenCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a resolved or closed incident.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Why it is reopened.") var reason: String
    func command(now: Date, timeZone: TimeZone) throws -> Command { .reopen(reason: reason) }
}

struct StepCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "step", abstract: "Mark a checklist step done (ids in incident show --json).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The step id, such as join-incident-channel or status-page-operational.") var step: String
    @Option(help: "A note.") var note: String?
    func command(now: Date, timeZone: TimeZone) throws -> Command { .completeStep(step, note: note) }
}

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "review", abstract: "The no-blame review, due within a week of resolution.",
                                                    subcommands: [Schedule.self, Held.self])

    struct Schedule: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "schedule", abstract: "Record when the review is.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "When: 2026-12-03T14:00:00Z, '2026-12-03 14:00' (local time), or from now: 3d, 48h.") var date: String
        @Option(help: "Why it must be later than a week after resolution.") var reason: String?
        func command(now: Date, timeZone: TimeZone) throws -> Command {
            .scheduleReview(at: try parseTimeAhead(date, now: now, timeZone: timeZone), overrideReason: reason)
        }
    }

    struct Held: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "held", abstract: "Record that the review was held, and who came.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Someone who attended (repeat).") var attendee: [String] = []
        func command(now: Date, timeZone: TimeZone) throws -> Command { .recordReviewHeld(attendees: attendee.map { Person($0) }) }
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "The incident report: written, published or withheld.",
                                                    subcommands: [Written.self, Publish.self, Withhold.self])

    struct Written: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "written", abstract: "Record that the report is written.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Where it is.") var location: String?
        func command(now: Date, timeZone: TimeZone) throws -> Command { .recordReportWritten(location: location) }
    }

    struct Publish: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "publish", abstract: "Record that the report is published (security incidents need --reason).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Why a security incident's report may be published.") var reason: String?
        func command(now: Date, timeZone: TimeZone) throws -> Command { .publishReport(overrideReason: reason) }
    }

    struct Withhold: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "withhold", abstract: "Record that the report is not published, and why.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Why.") var reason: String
        func command(now: Date, timeZone: TimeZone) throws -> Command { .withholdPublication(reason: reason) }
    }
}

struct CloseCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close a resolved incident once its post-incident steps are done.")
    @OptionGroup var global: GlobalOptions
    func command(now: Date, timeZone: TimeZone) throws -> Command { .close }
}
