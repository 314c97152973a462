/// Options every subcommand takes: which store, who is acting, which incident.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore
import IncidentPostgres
import IncidentStore

struct GlobalOptions: ParsableArguments {
    @Option(help: "The incident's id, or a unique part of it (default: the one open incident).", completion: .custom(CompletionValues.incidents))
    var incident: String?

    @Option(help: ArgumentHelp("The store: a file in a folder that exists, or a team's server as postgres://USER@HOST/DB (default: $INCIDENT_STORE, else store in the settings file, else $XDG_DATA_HOME/incident/incidents.sqlite).", valueName: "path-or-address"))
    var store: String?

    @Option(help: ArgumentHelp("The team's playbook file (default: $INCIDENT_PLAYBOOK, else ~/.config/incident/playbook.toml if present, else the standard process).", valueName: "path"))
    var playbook: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is acting (default: $INCIDENT_USER, then name in the settings file, then the database role on a shared store, then $USER, $LOGNAME, the account name).", valueName: "name"),
            completion: .custom(CompletionValues.people))
    var actor: String?

    /// Everything a subcommand needs to act: the service over the store, and who acts.
    struct Context {
        var service: IncidentService
        var actor: Person
        var environment: [String: String]
        /// Which store is open: a file, or a team's server.
        var address: StoreAddress
        var timeZone: TimeZone { TimeZone.current }
        func now() -> Date { service.clock.now() }
    }

    /// Opens the store, creating it on first use.
    func context() throws -> Context {
        try makeContext(creating: true)!
    }

    /// Opens the store read-only, only if it exists: reading creates no store and changes no byte of one.
    func existingContext() throws -> Context? {
        try makeContext(creating: false)
    }

    /// The store named by `--store`, INCIDENT_STORE or the settings file, and the settings read on the way.
    func chosenStore(environment: [String: String]) throws -> (StoreAddress, UserConfig) {
        let settings = try UserConfig.load(environment: environment)
        return (try storeAddress(store, environment: environment, configured: settings.store), settings)
    }

    private func makeContext(creating: Bool) throws -> Context? {
        let environment = ProcessInfo.processInfo.environment
        let (address, settings) = try chosenStore(environment: environment)
        let clock = try AppClock(environment: environment)
        // A mistake in the playbook file is reported before anything is opened or recorded.
        let (playbook, _) = try PlaybookFile.find(playbook, environment: environment)
        // Settled before the store is opened, so a command that cannot say who acts creates nothing.
        // Reading records nothing and needs nobody to act, but an --as given must still be a name.
        let acting = creating || actor != nil
            ? try Identity.actor(explicit: actor, environment: environment, configuredName: settings.name, serverUser: address.serverUser)
            : Person("")
        let opened = try appErrors { try address.open(creating: creating, environment: environment) }
        return opened.map {
            Context(service: IncidentService(store: $0, playbook: playbook, clock: clock), actor: acting, environment: environment,
                    address: address)
        }
    }
}

/// A subcommand that turns its arguments into one core command on the selected incident.
protocol IncidentVerb: ParsableCommand {
    var global: GlobalOptions { get }
    /// `--at`: when it happened, if earlier (verbs that record something that happened at a time of its own).
    var at: String? { get }
    func command(now: Date, timeZone: TimeZone) throws -> Command
    /// For verbs that refer to something in the incident, such as an entry by the start of its id.
    func command(now: Date, timeZone: TimeZone, state: IncidentState) throws -> Command
    /// For verbs that name something the playbook defines, such as an escalation level.
    func command(now: Date, timeZone: TimeZone, state: IncidentState, playbook: Playbook) throws -> Command
}

extension IncidentVerb {
    var at: String? { nil }

    func run() throws {
        let context = try global.context()
        let accepted = try perform(in: context, incident: try appErrors { try context.service.selectIncident(global.incident) })
        for event in accepted.events { Terminal.out(event.payload.summary) }
        if at != nil, let happened = accepted.events.last?.occurredAt {
            Terminal.out(happenedAtLine(happened, timeZone: context.timeZone))
        }
        // On standard error, so scripts reading one line per event still can; the command was still done (exit 0).
        for warning in accepted.warnings {
            Terminal.err("incident: warning: \(warning)")
        }
    }

    /// Used by the console's `:` command line as well as by `run()`.
    func command(now: Date, timeZone: TimeZone, state: IncidentState) throws -> Command {
        try command(now: now, timeZone: timeZone)
    }

    func command(now: Date, timeZone: TimeZone, state: IncidentState, playbook: Playbook) throws -> Command {
        try command(now: now, timeZone: timeZone, state: state)
    }

    func perform(in context: GlobalOptions.Context, incident: IncidentID) throws -> IncidentService.Accepted {
        let state = try appErrors { try context.service.state(of: incident) }
        let now = context.now()
        let command = try command(now: now, timeZone: context.timeZone, state: state, playbook: context.service.playbook)
            .happened(at: try parseTime(at, now: now, timeZone: context.timeZone))
        // Decided on the state just read: read again only if another writer appended meanwhile.
        return try appErrors { try context.service.perform(command, on: incident, as: context.actor, from: state) }
    }
}

/// The store named by an option, INCIDENT_STORE or the settings file; a malformed server address is a usage mistake.
func storeAddress(_ explicit: String?, environment: [String: String], configured: String? = nil) throws -> StoreAddress {
    do {
        return try StoreAddress.resolve(explicit: explicit, environment: environment, configured: configured,
                                        loginName: Identity.systemAccountName() ?? "postgres")
    } catch {
        throw AppError.usage(error.description)
    }
}

/// Wraps store and service errors in `AppError` so `main` reports them with the right exit code.
func appErrors<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch { throw AppError.wrap(error) }
}
