/// `incident console`: the full-screen console (also what `incident` alone opens).
import ArgumentParser
import CursesTerminal
import Foundation
import IncidentApp

struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console", abstract: "Open the full-screen console.",
        discussion: "Needs a terminal (TERM set, standard input and output a TTY). INCIDENT_NOTIFY=1 also enables desktop notifications.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Send desktop notifications (OSC 9 / OSC 777) with reminders, not just the bell.") var notify = false

    func run() throws {
        try Self.open(global: global, notify: notify)
    }

    static func open(global: GlobalOptions, notify: Bool) throws {
        let context = try global.context()
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(environment: context.environment)
        } catch {
            throw AppError.usage("\(error)")
        }
        let loop = ConsoleLoop(terminal: terminal, context: context,
                               notifications: notify || context.environment["INCIDENT_NOTIFY"] == "1")
        let status = loop.run(incident: global.incident)
        if status != 0 { throw ExitCode(status) }
    }
}
