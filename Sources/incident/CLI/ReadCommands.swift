/// Declaring and reading: new, list, show.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore
import ScreenGrid

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Declare an incident; prints its id.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "What is wrong, in a few words.") var title: [String]
    @Option(help: "P1 (critical) to P4 (minor); default from the playbook (P1).") var priority: Priority?
    @Flag(help: "A security breach is suspected: alert Information Assurance at once.") var security = false

    func run() throws {
        let context = try global.context()
        let accepted = try appErrors { try context.service.declare(title: title.joined(separator: " "), priority: priority,
                                                                          securitySensitive: security, as: context.actor) }
        Terminal.out(accepted.state.id?.rawValue ?? "")
    }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List open incidents (all with --all).")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Include closed incidents.") var all = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let incidents = try appErrors { try global.existingContext()?.service.store.incidents() ?? [] }
            .filter { all || $0.phase != .closed }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.dateEncodingStrategy = .custom { date, encoder in
                var c = encoder.singleValueContainer()
                try c.encode(Timestamp.format(date))
            }
            Terminal.json(String(decoding: try encoder.encode(incidents), as: UTF8.self))
            return
        }
        if incidents.isEmpty {
            Terminal.out(all ? "No incidents." : "No open incidents. Declare one with: incident new TITLE")
            return
        }
        for incident in incidents {
            let declared = incident.declaredAt.map(Timestamp.format) ?? "-"
            Terminal.out("\(incident.id)  \(incident.priority.rawValue)  \(incident.phase.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))  \(declared)  \(incident.title)")
        }
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an incident: roles, comms clock, checklist, ladder, timeline.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let context = try global.existingContext().orNoIncident()
        let id = try appErrors { try context.service.selectIncident(global.incident) }
        let state = try appErrors { try context.service.state(of: id) }
        let report = IncidentReport(state: state, playbook: context.service.playbook, now: context.now())
        if json { Terminal.json(try report.json()) } else { Terminal.out(ShowText.render(report)) }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write an incident's log to standard output.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "jsonl (the full log, for import), json, or csv (the timeline).") var format: ExportFormat = .jsonl

    func run() throws {
        let context = try global.existingContext().orNoIncident()
        let id = try appErrors { try context.service.selectIncident(global.incident) }
        let events = try appErrors { try context.service.store.events(for: id) }
        let text = try EventExport.export(events, state: IncidentState.replay(events), as: format)
        // JSON keeps its values exactly (escapes only); CSV shows control characters in visible notation.
        if format == .csv { Terminal.out(text, terminator: "") } else { Terminal.out(TextSanitizer.escapeJSON(text), terminator: "") }
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Add events from a JSON Lines export; events already present are skipped.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "A file written by `incident export --format jsonl` (- for standard input).") var file: String

    func run() throws {
        let text: String
        if file == "-" {
            text = try readText(["-"])
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw AppError.usage("Cannot read \(file).")
            }
            text = String(decoding: data, as: UTF8.self)
        }
        let events = try EventExport.readJSONLines(text)
        let context = try global.context()
        let added = try appErrors { try context.service.store.importEvents(events) }
        Terminal.out("Imported \(added) of \(events.count) events (\(events.count - added) already present).")
    }
}

extension Optional where Wrapped == GlobalOptions.Context {
    /// With no store yet there is no incident to read.
    func orNoIncident() throws -> GlobalOptions.Context {
        guard let self else { throw AppError.usage("No incident is open. Declare one with: incident new TITLE") }
        return self
    }
}
