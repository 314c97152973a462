/// Declaring and reading: new, list, show, export and import.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore

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
        print(accepted.state.id?.rawValue ?? "")
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
            print(String(decoding: try encoder.encode(incidents), as: UTF8.self))
            return
        }
        if incidents.isEmpty {
            print(all ? "No incidents." : "No open incidents. Declare one with: incident new TITLE")
            return
        }
        for incident in incidents {
            let declared = incident.declaredAt.map(Timestamp.format) ?? "-"
            print("\(incident.id)  \(incident.priority.rawValue)  \(incident.phase.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))  \(declared)  \(Terminal.safe(incident.title))")
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
        let records = try appErrors { try context.service.store.records(for: id, after: 0) }
        let state = IncidentState.replay(records.map(\.event))
        let report = IncidentReport(state: state, playbook: context.service.playbook, now: context.now())
        if json {
            print(try report.json())
        } else {
            // The record's integrity, from the same lines the state came from: the head is worth quoting in a report.
            let verdict = RecordVerdict(HashChain.verify(id, records))
            print(Terminal.safe(ShowText.render(report) + "\nRecord: " + verdict.text(for: id)))
        }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write an incident's log to standard output.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "jsonl (the full log, for import), json, or csv (the timeline).") var format: ExportFormat = .jsonl

    func run() throws {
        let context = try global.existingContext().orNoIncident()
        let id = try appErrors { try context.service.selectIncident(global.incident) }
        let records = try appErrors { try context.service.store.records(for: id, after: 0) }
        let state = IncidentState.replay(records.map(\.event))
        FileHandle.standardOutput.write(Data(EventExport.export(records, state: state, as: format).utf8))
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add events from a JSON Lines export; events already present are skipped.",
        discussion: "Every new event is checked against the process rules and the record's hash chain; if any fails, nothing is imported.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "A file written by `incident export --format jsonl` (- for standard input).") var file: String

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw AppError.usage("Cannot read \(Terminal.safe(file)).")
            }
            data = contents
        }
        let lines = try EventExport.readLines(data)
        let context = try global.context()
        let added = try appErrors { try context.service.importLines(lines) }
        print("Imported \(added) of \(lines.count) events (\(lines.count - added) already present).")
    }
}

extension Optional where Wrapped == GlobalOptions.Context {
    /// With no store yet there is no incident to read.
    func orNoIncident() throws -> GlobalOptions.Context {
        guard let self else { throw AppError.usage("No incident is open. Declare one with: incident new TITLE") }
        return self
    }
}
