/// The incident report: the parts people write, the report written from the record, and its publication.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore
import IncidentReporting

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The incident report: write its parts, show it, record it written, published or withheld.",
        subcommands: [Show.self, Edit.self, RootCause.self, FollowUp.self, Written.self, Publish.self, Withhold.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Write the report from the record (Markdown or JSON).")
        @OptionGroup var global: GlobalOptions
        @Flag(name: .customLong("public"), help: "The public version: roles instead of names, no internal notes or production-change details.") var publicVersion = false
        @Option(help: "markdown or json.") var format: ReportFormat = .markdown
        @Option(help: ArgumentHelp("Write it to this file instead of standard output (an existing file is kept unless --force).", valueName: "path")) var output: String?
        @Flag(help: "Replace the --output file if it exists.") var force = false

        func run() throws {
            let context = try global.existingContext().orNoIncident()
            let id = try appErrors { try context.service.selectIncident(global.incident) }
            let state = try appErrors { try context.service.state(of: id) }
            let document = ReportDocument(state: state, playbook: context.service.playbook, audience: publicVersion ? .public : .internal)
            let text: String
            do { text = try document.render(format) } catch {
                throw AppError.refused(Refusal(.notPermitted, what: error.what, why: error.why, instead: error.instead))
            }
            guard let output else {
                Terminal.out(text, terminator: text.hasSuffix("\n") ? "" : "\n")
                return
            }
            try ReportFile.write(text, to: output, replacing: force)
            Terminal.out("Wrote the \(publicVersion ? "public" : "internal") report of \(id) to \(output).")
        }
    }

    struct Edit: IncidentVerb {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Write a part of the report: summary, impact, went-well, went-badly or review-outcome.",
            discussion: "With no text, opens $EDITOR on the current text (when run from a terminal). Each edit is kept in the record.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "summary, impact, went-well, went-badly or review-outcome.") var section: ReportSection
        @Argument(help: "The text (- reads standard input; none opens $EDITOR).") var text: [String] = []

        func command(now: Date, timeZone: TimeZone) throws -> Command { throw AppError.usage("edit needs the incident's report") }

        func command(now: Date, timeZone: TimeZone, state: IncidentState) throws -> Command {
            .writeReportText(section, text: try reportText(text, current: state.report.sections[section]?.text, what: section.title))
        }
    }

    struct RootCause: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "root-cause", abstract: "Write the root cause, in plain words, with its category.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "code-change, configuration, capacity, supplier, operation, design or unknown.") var category: RootCauseCategory
        @Argument(help: "The root cause (- reads standard input; none opens $EDITOR).") var text: [String] = []

        func command(now: Date, timeZone: TimeZone) throws -> Command { throw AppError.usage("root-cause needs the incident's report") }

        func command(now: Date, timeZone: TimeZone, state: IncidentState) throws -> Command {
            .writeRootCause(category, text: try reportText(text, current: state.report.rootCause?.text, what: "Root cause"))
        }
    }

    struct FollowUp: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "follow-up", abstract: "Record a follow-up action agreed, with its owner.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Who owns it.", completion: .custom(CompletionValues.people)) var owner: String
        @Option(help: "A tracker reference, such as a story's id or link.") var tracker: String?
        @Argument(help: "The action.") var action: [String]

        func command(now: Date, timeZone: TimeZone) throws -> Command {
            .agreeFollowUp(action: try readEntryText(action), owner: Person(owner), tracker: tracker)
        }
    }

    struct Written: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "written", abstract: "Record that the report is written (incident lead or comms).")
        @OptionGroup var global: GlobalOptions
        @Option(help: atHelp) var at: String?
        @Option(help: "Where it is.") var location: String?
        func command(now: Date, timeZone: TimeZone) throws -> Command { .recordReportWritten(location: location) }
    }

    struct Publish: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "publish", abstract: "Record that the report is published (incident lead or comms; security incidents need --reason).")
        @OptionGroup var global: GlobalOptions
        @Option(help: atHelp) var at: String?
        @Option(help: "Why a security incident's report, or one recorded withheld, is published.") var reason: String?
        func command(now: Date, timeZone: TimeZone) throws -> Command { .publishReport(overrideReason: reason) }
    }

    struct Withhold: IncidentVerb {
        static let configuration = CommandConfiguration(commandName: "withhold", abstract: "Record that the report is not published, and why (incident lead or comms).")
        @OptionGroup var global: GlobalOptions
        @Option(help: atHelp) var at: String?
        @Option(help: "Why.") var reason: String
        func command(now: Date, timeZone: TimeZone) throws -> Command { .withholdPublication(reason: reason) }
    }
}

struct MarkCommand: IncidentVerb {
    static let configuration = CommandConfiguration(
        commandName: "mark", abstract: "Mark a key time of the report: impact-started, detected, mitigated or recovered.",
        discussion: "Marked again, the later marking is the one the report uses; both stay in the record.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "impact-started, detected, mitigated or recovered.") var marker: KeyTime
    @Option(help: atHelp) var at: String?
    @Option(help: "A note, such as how it was detected.") var note: String?
    func command(now: Date, timeZone: TimeZone) throws -> Command { .markKeyTime(marker, note: note) }
}

extension ReportFormat: ExpressibleByArgument {}

/// The text of a report part: the words given, standard input for "-", else what the person writes in $EDITOR.
func reportText(_ words: [String], current: String?, what: String) throws -> String {
    if !words.isEmpty { return try readEntryText(words) }
    return try EditorText.edit(current ?? "", what: what)
}
