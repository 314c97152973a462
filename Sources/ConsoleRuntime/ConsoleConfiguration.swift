/// What a console run needs besides its terminal: the service over the store, who acts, and the `:` line's parser.
import Foundation
import IncidentApp
import IncidentConsole
import IncidentCore

/// What a `:` command line asks for, as the executable's parser understands it.
public enum CommandLineAction: Sendable, Equatable {
    /// Not carried out; the message says why and what to type instead.
    case failed(String)
    /// A rule refused it while it was being read (such as a name the playbook does not know).
    case refused(Refusal)
    /// A core command for the incident on screen.
    case perform(Command)
    /// A new incident, opened once declared; `at` declares one that started earlier.
    case declare(title: String, priority: Priority?, securitySensitive: Bool, at: Date?)
}

public struct ConsoleConfiguration {
    public var service: IncidentService
    /// Who is at this keyboard.
    public var actor: Person
    /// Where kept drafts are looked for and written (XDG folders, HOME).
    public var environment: [String: String]
    public var timeZone: TimeZone
    /// Desktop notifications with reminders, not only the bell.
    public var notifications: Bool
    public var theme: Theme?
    /// A store on a team's server: while it cannot be reached, entries are kept in a local queue; nil for a file.
    public var shared: SharedStore?
    /// Turns a line typed after `:` into an action, given the incident on screen (nil when none is open).
    /// Runs on the input loop: it must parse, not touch the store.
    public var commandLine: (String, IncidentState?) -> CommandLineAction
    /// The store when it is not the default (shown in the header), and whether it was created by this console.
    public var store: String?
    public var storeIsNew = false

    public init(service: IncidentService, actor: Person, environment: [String: String], timeZone: TimeZone = .current,
                notifications: Bool = false, theme: Theme? = nil, shared: SharedStore? = nil,
                commandLine: @escaping (String, IncidentState?) -> CommandLineAction = { _, _ in
                    .failed("The command line is not available here.")
                }) {
        self.service = service
        self.actor = actor
        self.environment = environment
        self.timeZone = timeZone
        self.notifications = notifications
        self.theme = theme
        self.shared = shared
        self.commandLine = commandLine
    }
}
