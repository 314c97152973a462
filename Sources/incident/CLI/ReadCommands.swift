/// Declaring and reading: new, list, show, export and import.
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
    @Option(help: ArgumentHelp("When it was declared, if earlier (an incident written up afterwards): 2026-11-29T03:10:00Z, '2026-11-29 03:10' (local), 03:10, or 2h ago.", valueName: "time")) var at: String?

    func run() throws {
        let context = try global.context()
        let when = try parseTime(at, now: context.now(), timeZone: context.timeZone)
        let accepted = try appErrors { try context.service.declare(title: title.joined(separator: " "), priority: priority,
                                                                          securitySensitive: security, as: context.actor, at: when) }
        Terminal.out(accepted.state.id?.rawValue ?? "")
        // After the id, so `$(incident new …)` scripts can take the first line.
        if when != nil, let declared = accepted.state.declaredAt {
            Terminal.out(happenedAtLine(declared, timeZone: context.timeZone))
        }
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
        if json, incidents.isEmpty {
            Terminal.out("[]")
            return
        }
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
        let records = try appErrors { try context.service.store.records(for: id, after: 0) }
        let state = IncidentState.replay(records.map(\.event))
        let report = IncidentReport(state: state, playbook: context.service.playbook, now: context.now())
        if json {
            Terminal.json(try ShowJSON(report: report).text())
        } else {
            // The record's integrity, from the same lines the state came from: the head is worth quoting in a report.
            let verdict = RecordVerdict(HashChain.verify(id, records))
            let extra = ShowPlaybookText.lines(state: state, playbook: context.service.playbook, now: context.now())
            Terminal.out(ShowText.render(report, extra: extra) + "\nRecord: " + verdict.text(for: id))
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
        let text = EventExport.export(records, state: IncidentState.replay(records.map(\.event)), as: format)
        // JSON lines are canonical, every control escaped already; CSV shows control characters in visible notation.
        if format == .csv { Terminal.out(text, terminator: "") } else { Terminal.out(TextSanitizer.escapeJSON(text), terminator: "") }
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
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
            throw AppError.usage("\(file) is a folder, not an export: give the file written by incident export.")
        }
        let handle = file == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: file)
        guard let handle else { throw AppError.usage("Cannot read \(file): no such file, or no permission.") }
        let lines = try EventExport.readLines(from: handle, name: file == "-" ? "standard input" : file)
        let context = try global.context()
        let added = try appErrors { try context.service.importLines(lines) }
        Terminal.out("Imported \(added) of \(lines.count) events (\(lines.count - added) already present).")
    }
}

extension Optional where Wrapped == GlobalOptions.Context {
    /// With no store yet there is no incident to read.
    func orNoIncident() throws -> GlobalOptions.Context {
        guard let self else { throw AppError.usage("No incident is open. Declare one with: incident new TITLE") }
        return self
    }
}
