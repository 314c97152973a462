/// The `incident` command: subcommands for scripting, and the console when none is given.
import ArgumentParser
import Foundation
import IncidentApp

struct IncidentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incident",
        abstract: "Run an incident by the team's process: a full-screen console, and subcommands for scripts.",
        discussion: """
            With no subcommand, opens the console on the open incident.
            Every subcommand goes through the same process rules as the console.
            Exit codes: 0 done (warnings on standard error), 1 refused by a process rule, 2 usage (an unknown name included), 3 store problem.
            """,
        version: ProductVersion.current,
        subcommands: [
            ConsoleCommand.self, NewCommand.self, ListCommand.self, ShowCommand.self, LogCommand.self,
            AssignCommand.self, CommsCommand.self, StatusCommand.self, EscalateCommand.self, ExecutiveCommand.self,
            SecurityCommand.self, ResolveCommand.self, DowngradeCommand.self, ReopenCommand.self,
            CorrectCommand.self, StrikeCommand.self, SnoozeCommand.self, StepCommand.self, ReviewCommand.self,
            ReportCommand.self, MarkCommand.self, CloseCommand.self, SuppliersCommand.self, SupplierCommand.self, ExportCommand.self, ImportCommand.self, SyncCommand.self, VerifyCommand.self, PlaybookCommand.self,
        ])

    @OptionGroup var global: GlobalOptions
    @Flag(help: "In the console, send desktop notifications (OSC 9 / OSC 777) with reminders, not just the bell.") var notify = false
    @Option(help: ArgumentHelp("The console's colour theme: a name or a .toml file (default: $INCIDENT_THEME, else standard).", valueName: "name"))
    var theme: String?
    @Flag(help: "In the console, leave the mouse to the terminal (text selection as usual; also INCIDENT_NO_MOUSE=1).") var noMouse = false

    func run() throws {
        try ConsoleCommand.open(global: global, notify: notify, theme: theme, noMouse: noMouse)
    }
}
