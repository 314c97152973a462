/// Timeline entries: log, correct, strike.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore

struct LogCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Log an action, finding, decision, production change or note.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "action, finding, decision, change (incident lead only) or note.") var kind: EntryKind = .action
    @Option(help: "When it happened, if earlier: 2026-11-29T03:10:00Z, 03:10, or 15m ago.") var at: String?
    @Argument(help: "What happened (- reads standard input).") var text: [String]

    func command(now: Date, timeZone: TimeZone) throws -> Command {
        .log(kind, text: try readText(text), at: try parseTime(at, now: now, timeZone: timeZone))
    }
}

/// Finds a timeline entry by the start of its id, as `incident show` prints it.
func entryID(_ prefix: String, in context: GlobalOptions.Context, incident: String?) throws -> UUID {
    let id = try appErrors { try context.service.selectIncident(incident) }
    let state = try appErrors { try context.service.state(of: id) }
    let matches = state.timeline.filter { $0.id.uuidString.lowercased().hasPrefix(prefix.lowercased()) }
    guard matches.count == 1 else {
        throw AppError.usage(matches.isEmpty ? "No entry id starts with '\(prefix)' (see incident show)." : "'\(prefix)' matches several entries; give more of the id.")
    }
    return matches[0].id
}

struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "correct", abstract: "Correct an entry's text; the original stays in the record.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The entry's id or its first characters (see incident show).") var entry: String
    @Argument(help: "The corrected text.") var text: [String]

    func run() throws {
        let context = try global.context()
        let id = try entryID(entry, in: context, incident: global.incident)
        let incident = try appErrors { try context.service.selectIncident(global.incident) }
        let accepted = try appErrors { try context.service.perform(.correct(entry: id, text: try readText(text)), on: incident, as: context.actor) }
        for event in accepted.events { print(Terminal.safe(event.payload.summary)) }
    }
}

struct StrikeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "strike", abstract: "Strike out an entry with a reason; it stays in the record.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The entry's id or its first characters.") var entry: String
    @Option(help: "Why it is struck out.") var reason: String

    func run() throws {
        let context = try global.context()
        let id = try entryID(entry, in: context, incident: global.incident)
        let incident = try appErrors { try context.service.selectIncident(global.incident) }
        let accepted = try appErrors { try context.service.perform(.strike(entry: id, reason: reason), on: incident, as: context.actor) }
        for event in accepted.events { print(Terminal.safe(event.payload.summary)) }
    }
}
