/// The console's store side: follows incidents, reads the lists and appends, on one serial background queue,
/// so a busy store never stops the input loop.
import Dispatch
import Foundation
import IncidentApp
import IncidentConsole
import IncidentCore
import IncidentStore

/// Everything below `queue` is touched only on `queue`; the input loop talks to it through `submit` and `takeReplies`.
final class StoreWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "incident.console.store", qos: .userInitiated)
    private let replies = Mailbox<StoreReply>()
    private let service: IncidentService
    private let actor: Person
    private var watcher: (any StoreChangeWatcher)?
    private var follower: IncidentFollower?
    /// While the list shows, each open incident is followed too (none while an incident is open).
    private var listed: [IncidentID: IncidentFollower] = [:]
    private var view = StoreView()

    init(service: IncidentService, actor: Person) {
        self.service = service
        self.actor = actor
    }

    func submit(_ job: StoreJob) {
        queue.async {
            let reply = self.run(job)
            self.replies.post(reply)
        }
    }

    func takeReplies() -> [StoreReply] { replies.takeAll() }

    /// Returns once every job submitted so far has run and posted its reply.
    func waitUntilIdle() { queue.sync {} }

    private func run(_ job: StoreJob) -> StoreReply {
        var outcome: CommandOutcome?
        switch job {
        case let .start(explicit):
            watcher = try? service.store.changeWatcher()
            _ = try? watcher?.hasChanged()
            // The incident to open is chosen from the list first, so its state is read once (following every
            // open incident for the list, then opening one, would read a long incident twice).
            do { try readLists() } catch { view.problem = AppError.wrap(error).description }
            if let explicit {
                if let id = try? service.selectIncident(explicit) { open(id) }
            } else if view.openIncidents.count == 1 {
                open(view.openIncidents[0].id)
            }
            // The lists were just read; this follows the listed incidents when none was opened.
            refresh(lists: false)
        case .follow:
            // The cheap check first: while nothing was committed, nothing is read.
            if let watcher, (try? watcher.hasChanged()) == false { return StoreReply(job: job, view: nil) }
            refresh()
        case let .open(id):
            open(id)
        case .leave:
            follower = nil
            refresh()
        case let .perform(command):
            outcome = perform(command)
        case let .writeFile(path, contents, overwrite):
            outcome = FileWriting.write(contents, to: path, overwrite: overwrite)
        case let .declare(title, priority, securitySensitive, at):
            outcome = attempt {
                let accepted = try service.declare(title: title, priority: priority, securitySensitive: securitySensitive, as: actor, at: at)
                if let id = accepted.state.id { open(id) }
                refresh()
                return "Declared \(accepted.state.id?.rawValue ?? "")."
            }
        }
        return StoreReply(job: job, view: view, outcome: outcome)
    }

    private func perform(_ command: Command) -> CommandOutcome {
        guard let id = follower?.id else { return .failed(message: "No incident is open.") }
        return attempt {
            // Decided on the state already followed: nothing is read unless another writer got in first.
            let accepted = try service.perform(command, on: id, as: actor, from: follower?.state)
            // Shown at once, with whatever others appended meanwhile. Only a lifecycle event (declared, downgraded,
            // resolved, reopened, closed) can change the incident list; others' changes to it arrive with the next follow.
            refresh(lists: accepted.events.contains { $0.payload.eventKind.isLifecycle })
            return accepted.events.last.map { "Saved: \($0.payload.summary)" } ?? "Saved."
        }
    }

    private func attempt(_ body: () throws -> String) -> CommandOutcome {
        do {
            return .accepted(summary: try body())
        } catch let error as AppError {
            if case let .refused(refusal) = error { return .refused(refusal) }
            return .failed(message: error.description)
        } catch {
            return .failed(message: AppError.wrap(error).description)
        }
    }

    private func open(_ id: IncidentID) {
        do {
            follower = try IncidentFollower(id: id, store: service.store)
            listed = [:]
            view.state = follower?.state
            view.listed = [:]
            view.problem = nil
        } catch {
            view.problem = AppError.wrap(error).description
        }
    }

    /// Reads what other consoles and scripts appended, the lists, and the listed incidents.
    private func refresh(lists: Bool = true) {
        do {
            try follower?.refresh(from: service.store)
            if lists { try readLists() }
            try followListed()
            view.state = follower?.state
            view.listed = listed.mapValues(\.state)
            view.problem = nil
        } catch {
            view.problem = AppError.wrap(error).description
        }
    }

    private func readLists() throws {
        let listings = try service.store.incidents().map {
            IncidentListing(id: $0.id, title: $0.title, priority: $0.priority, phase: $0.phase, declaredAt: $0.declaredAt ?? .distantPast)
        }
        view.openIncidents = listings.filter { $0.phase == .active || $0.phase == .resolved }
        view.recentIncidents = Array(listings.filter { $0.phase == .closed }.prefix(5))
    }

    private func followListed() throws {
        guard follower == nil else { return }
        let open = Set(view.openIncidents.map(\.id))
        listed = listed.filter { open.contains($0.key) }
        for id in open {
            if listed[id] == nil {
                listed[id] = try IncidentFollower(id: id, store: service.store)
            } else {
                try listed[id]?.refresh(from: service.store)
            }
        }
    }
}
