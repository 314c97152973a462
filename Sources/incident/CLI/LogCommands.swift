/// Timeline entries: log, correct, strike.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore

struct LogCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Log an action, finding, decision, production change or note.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "action, finding, decision, change (incident lead only) or note.") var kind: EntryKind = .action
    @Option(help: atHelp) var at: String?
    @Argument(help: "What happened (- reads standard input).") var text: [String]

    func command(now: Date, timeZone: TimeZone) throws -> Command {
        .log(kind, text: try readEntryText(text), at: try parseTime(at, now: now, timeZone: timeZone))
    }
}

/// Finds a timeline entry by the start of its id, as `incident show` prints it.
func entryID(_ prefix: String, in state: IncidentState) throws -> UUID {
    let matches = state.timeline.filter { $0.id.uuidString.lowercased().hasPrefix(prefix.lowercased()) }
    guard matches.count == 1 else {
        throw AppError.usage(matches.isEmpty ? "No entry id starts with '\(prefix)' (see incident show)." : "'\(prefix)' matches several entries; give more of the id.")
    }
    return matches[0].id
}

struct CorrectCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "correct", abstract: "Correct an entry's text; the original stays in the record.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The entry's id or its first characters (see incident show).", completion: .custom(CompletionValues.entries)) var entry: String
    @Argument(help: "The corrected text.") var text: [String]

    func command(now: Date, timeZone: TimeZone) throws -> Command {
        throw AppError.usage("correct needs the incident's entries")
    }

    func command(now: Date, timeZone: TimeZone, state: IncidentState) throws -> Command {
        .correct(entry: try entryID(entry, in: state), text: try readEntryText(text))
    }
}

struct StrikeCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "strike", abstract: "Strike out an entry with a reason; it stays in the record.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The entry's id or its first characters.", completion: .custom(CompletionValues.entries)) var entry: String
    @Option(help: "Why it is struck out.") var reason: String

    func command(now: Date, timeZone: TimeZone) throws -> Command {
        throw AppError.usage("strike needs the incident's entries")
    }

    func command(now: Date, timeZone: TimeZone, state: IncidentState) throws -> Command {
        .strike(entry: try entryID(entry, in: state), reason: reason)
    }
}
