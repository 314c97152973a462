/// The console's store: opened as every command opens it, or, on a team's server that cannot be reached, opened on first
/// use, so the console starts offline and shows what this machine kept.
import ConsoleRuntime
import Foundation
import IncidentApp
import IncidentPostgres
import IncidentStore

extension GlobalOptions {
    func consoleContext() throws -> Context {
        do {
            return try context()
        } catch let AppError.store(error) where error.isUnreachable {
            let environment = ProcessInfo.processInfo.environment
            let (address, settings) = try chosenStore(environment: environment)
            guard address.serverUser != nil else { throw AppError.store(error) }
            let (playbook, _) = try PlaybookFile.find(playbook, environment: environment)
            let acting = try Identity.actor(explicit: actor, environment: environment, configuredName: settings.name,
                                            serverUser: address.serverUser)
            let store = DeferredStore {
                guard let opened = try address.open(creating: true, environment: environment) else { throw AppError.store(error) }
                return opened
            }
            return Context(service: IncidentService(store: store, playbook: playbook, clock: try AppClock(environment: environment)),
                           actor: acting, environment: environment, address: address)
        }
    }
}
