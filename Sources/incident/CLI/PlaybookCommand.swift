/// `incident playbook`: which playbook applies and what it says, or a template to start a team's own.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore

struct PlaybookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook", abstract: "Check and show the playbook in use, or print a template for your own.",
        discussion: "Other commands take the playbook from --playbook, else INCIDENT_PLAYBOOK, else ~/.config/incident/playbook.toml if it exists, else the standard process. A mistake in the file exits 2 naming the key.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("A playbook file to check instead of the one found.", valueName: "file")) var file: String?
    @Flag(help: "Print every setting with the values in use, as a file to edit.") var template = false

    func run() throws {
        if let file, let option = global.playbook, file != option {
            throw AppError.usage("Two playbooks were named (\(file) and --playbook \(option)): name one.")
        }
        let (found, source) = try PlaybookFile.find(file ?? global.playbook, environment: ProcessInfo.processInfo.environment)
        if template {
            Terminal.out(PlaybookFile.template(found), terminator: "")
            return
        }
        Terminal.out(Self.summary(found, source: source))
    }

    static func summary(_ playbook: Playbook, source: PlaybookFile.Source) -> String {
        let origin = switch source {
        case .standard: "the standard process (no playbook file)"
        case let .file(path): path
        }
        let roster = playbook.roster.map { "\($0.name)\($0.productionAccess ? " (production access)" : " (no production access)")" }
        let cadence = playbook.cadenceFollowsPriority
            ? playbook.priorities.map { "\($0.priority.rawValue) every \($0.updateEveryMinutes) min" }.joined(separator: ", ")
            : "every \(playbook.tenantUpdateMinutes) min"
        return [
            "Playbook: \(playbook.name)",
            "From: \(origin)",
            "Roster: \(roster.isEmpty ? "nobody listed: a lead's production access is confirmed when assigned" : roster.joined(separator: ", "))",
            "Tenant updates: \(cadence)",
            "Channels: \(playbook.channels.incident) (incident), \(playbook.channels.team) (team)",
            "Statuspage components: \(playbook.statuspage.components.joined(separator: ", "))",
            "Escalation: " + (playbook.escalation.levels.map(\.title) + ["then \(playbook.escalation.lastResort.title)"]).joined(separator: ", "),
            "Review within \(playbook.reviewWithinDays) days",
            "Working hours: \(playbook.workingHours.hours.summary)",
            "Suppliers: \(playbook.suppliers.map(\.name).joined(separator: ", "))",
        ].joined(separator: "\n") + (playbook.emergencyContactsDocument.map { "\nEmergency contacts: \($0)" } ?? "")
    }
}
