/// Escalation and security: escalate, executive, security.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore

struct EscalateCommand: IncidentVerb {
    static let configuration = CommandConfiguration(
        commandName: "escalate", abstract: "Record an escalation step.",
        discussion: "LEVEL is a level id (see incident show), a unique part of it, or its number on the ladder (1, 2, ...).")
    @OptionGroup var global: GlobalOptions
    @Option(help: atHelp) var at: String?
    @Argument(help: "Who: a level id from the playbook (incident playbook, incident show), a unique part of it, or its number.",
              completion: .custom(CompletionValues.levels)) var level: String
    @Argument(help: "contacting, reached or unavailable.") var step: EscalationStep
    @Option(help: "A note, such as how they were contacted.") var note: String?

    func command(now: Date, timeZone: TimeZone) throws -> Command {
        try command(now: now, timeZone: timeZone, state: IncidentState(), playbook: .standard)
    }

    /// Level names and numbers are the ladder of the playbook in use.
    func command(now: Date, timeZone: TimeZone, state: IncidentState, playbook: Playbook) throws -> Command {
        .escalate(level: try Self.levelID(level, playbook: playbook), step: step, note: note)
    }

    static func levelID(_ text: String, playbook: Playbook) throws -> String {
        let settings = playbook.escalation
        let ladder = settings.levels + [settings.lastResort]
        if let number = Int(text), (1...ladder.count).contains(number) { return ladder[number - 1].id }
        let all = settings.allLevels
        if let exact = all.first(where: { $0.id == text.lowercased() }) { return exact.id }
        let matches = all.filter { $0.id.contains(text.lowercased()) || $0.title.lowercased().contains(text.lowercased()) }
        guard matches.count == 1 else {
            throw AppError.usage("'\(text)' is \(matches.isEmpty ? "not" : "more than one") escalation level. Levels: \(all.map(\.id).joined(separator: ", ")).")
        }
        return matches[0].id
    }
}

struct ExecutiveCommand: IncidentVerb {
    static let configuration = CommandConfiguration(
        commandName: "executive", abstract: "Record the decision, by the person reached, on alerting the executive group.",
        usage: "incident executive --alert | --no-alert --by <person> [--note <note>] [--at <time>] [global options]")
    @OptionGroup var global: GlobalOptions
    @Option(help: atHelp) var at: String?
    @Flag(help: "What they decided: to alert the executive group, or not.") var decision: Decision?
    @Option(help: "Who decided.", completion: .custom(CompletionValues.people)) var by: String
    @Option(help: "A note.") var note: String?
    func command(now: Date, timeZone: TimeZone) throws -> Command { .decideExecutiveAlert(alert: decision == .alert, decidedBy: Person(by), note: note) }

    func validate() throws {
        guard decision != nil else {
            throw ValidationError("Give the decision: --alert (they decided to alert the executive group) or --no-alert.")
        }
    }

    /// `--alert` or `--no-alert`, exactly one, shown so in the usage line.
    enum Decision: String, EnumerableFlag {
        case alert, noAlert

        static func help(for value: Self) -> ArgumentHelp? {
            value == .alert ? "They decided to alert the executive group." : "They decided not to alert it."
        }
    }
}

struct SecurityCommand: IncidentVerb {
    static let configuration = CommandConfiguration(commandName: "security", abstract: "Mark a security breach suspected: alert Information Assurance at once.")
    @OptionGroup var global: GlobalOptions
    @Option(help: atHelp) var at: String?
    @Option(help: "What raised the suspicion.") var note: String?
    func command(now: Date, timeZone: TimeZone) throws -> Command { .suspectSecurityBreach(note: note) }
}
