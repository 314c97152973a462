/// `incident sync`: copies incidents between two stores, such as a laptop's file and the team's shared server.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore
import IncidentPostgres

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Copy incidents from one store to another (a file or a postgres:// server, either way).",
        discussion: """
            Entries already in the target (same event id) are skipped, so running it again copies only what is new. \
            The stored lines are copied as they are, and each incident's hash chain must hold afterwards. An incident \
            that was added to in both stores separately is refused by name, and none of it is copied.
            """)

    @Option(help: ArgumentHelp("The store to copy from: a file, or postgres://USER@HOST/DB.", valueName: "store"))
    var from: String
    @Option(help: ArgumentHelp("The store to copy into: a file (created in a folder that exists), or postgres://USER@HOST/DB.", valueName: "store"))
    var to: String
    @Option(help: ArgumentHelp("Copy only this incident (repeatable; default: every incident).", valueName: "id"))
    var incident: [String] = []

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let source = try storeAddress(from, environment: environment)
        let target = try storeAddress(to, environment: environment)
        guard source != target else { throw AppError.usage("--from and --to name the same store (\(source)): nothing to copy.") }
        let results = try appErrors { () -> [StoreSync.Copied] in
            guard let reading = try source.open(creating: false, environment: environment) else {
                throw AppError.usage("There is no store at \(source): check --from.")
            }
            let writing = try target.open(creating: true, environment: environment)!
            let chosen = incident.isEmpty ? nil : incident.map { IncidentID($0.uppercased()) }
            return try StoreSync.copy(from: reading, to: writing, incidents: chosen)
        }
        for copied in results {
            Terminal.out("\(copied.incident): \(Self.entries(copied.added)) copied, \(copied.alreadyThere) already there")
        }
        if results.isEmpty { Terminal.out("The source store holds no incident: nothing to copy.") }
    }

    static func entries(_ count: Int) -> String { count == 1 ? "1 entry" : "\(count) entries" }
}
