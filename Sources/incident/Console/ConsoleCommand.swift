/// `incident console`: the full-screen console (also what `incident` alone opens).
import ArgumentParser
import ConsoleRuntime
import CursesTerminal
import Foundation
import IncidentApp
import IncidentPostgres

struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console", abstract: "Open the full-screen console.",
        discussion: """
            Needs a terminal (TERM set, standard input and output a TTY). INCIDENT_NOTIFY=1 also enables desktop notifications. \
            The mouse focuses panes, scrolls and runs key-bar keys; --no-mouse or INCIDENT_NO_MOUSE=1 leaves it to the terminal \
            (to select text without holding Shift).
            """)
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Send desktop notifications (OSC 9 / OSC 777) with reminders, not just the bell.") var notify = false
    @Option(help: ArgumentHelp("Colour theme: a name or a .toml file (default: $INCIDENT_THEME, else standard).", valueName: "name"))
    var theme: String?
    @Flag(help: "Leave the mouse to the terminal (text selection as usual; also INCIDENT_NO_MOUSE=1).") var noMouse = false

    func run() throws {
        try Self.open(global: global, notify: notify, theme: theme, noMouse: noMouse)
    }

    static func open(global: GlobalOptions, notify: Bool, theme themeName: String?, noMouse: Bool) throws {
        // Whether the store file is there before it is opened (and so created): a mistyped path makes a new one.
        let chosen = try? global.chosenStore(environment: ProcessInfo.processInfo.environment).0
        var storeWasMissing = false
        if case let .file(location)? = chosen { storeWasMissing = !FileManager.default.fileExists(atPath: location.path) }
        let context = try global.consoleContext()
        // A bad theme file is reported before the screen is taken over.
        let theme = try ThemeFile.find(themeName, environment: context.environment)
        let terminal: CursesTerminal
        do {
            let mouse = !noMouse && !["1", "yes", "true"].contains(context.environment["INCIDENT_NO_MOUSE"]?.lowercased() ?? "")
            terminal = try CursesTerminal(environment: context.environment, mouse: mouse)
        } catch {
            throw AppError.usage("\(error)")
        }
        // On a team's server, what is recorded while it cannot be reached is kept in a local queue beside the config.
        let shared = context.address.serverUser == nil ? nil
            : SharedStore(address: context.address.description, outbox: Outbox.defaultURL(environment: context.environment))
        var configuration = ConsoleConfiguration(
            service: context.service, actor: context.actor, environment: context.environment, timeZone: context.timeZone,
            notifications: notify || context.environment["INCIDENT_NOTIFY"] == "1", theme: theme, shared: shared,
            commandLine: { line, state in ConsoleCommandLine.action(line, state: state, context: context) })
        if !context.address.isDefault {
            configuration.store = context.address.description
            configuration.storeIsNew = storeWasMissing
        }
        let exit = ConsoleRunLoop(terminal: terminal, configuration: configuration).run(incident: global.incident)
        if let message = exit.message { Terminal.err(message) }
        if exit.status != 0 { throw ExitCode(exit.status) }
    }
}
