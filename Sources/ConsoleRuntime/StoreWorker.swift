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
    let service: IncidentService
    let actor: Person
    /// A shared store's local queue, for while its server cannot be reached; nil for a file on this machine.
    let shared: SharedStore?
    let environment: [String: String]
    var watcher: (any StoreChangeWatcher)?
    var follower: IncidentFollower?
    /// While the list shows, each open incident is followed too (none while an incident is open).
    private var listed: [IncidentID: IncidentFollower] = [:]
    var view = StoreView()
    /// Since when the server could not be reached; nil while it can.
    var offlineSince: Date?
    /// The local queue's file, once opened.
    var outbox: Outbox?
    /// What is kept for the open incident, not yet shared, oldest first.
    var kept: [OutboxItem] = []
    /// The open incident's state as kept when the server went away, for a console started while it is still away.
    var known: IncidentState?
    /// When to try the server again while no change watcher is listening (1 s doubling to 30 s).
    var nextAttempt = Date.distantPast
    var backoff: TimeInterval = 1
    /// Messages for the person, handed over with the next reply.
    var notices: [ConsoleMessage] = []

    init(service: IncidentService, actor: Person, shared: SharedStore? = nil, environment: [String: String] = [:]) {
        self.service = service
        self.actor = actor
        self.shared = shared
        self.environment = environment
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
            // What earlier consoles kept while the server was away goes first, so the lists and states read include it.
            sendKept()
            // The incident to open is chosen from the list first, so its state is read once (following every
            // open incident for the list, then opening one, would read a long incident twice).
            do { try readLists() } catch { if !wentOffline(error) { view.problem = AppError.wrap(error).description } }
            if let explicit {
                if let id = try? service.selectIncident(explicit) { open(id) }
            } else if view.openIncidents.count == 1 {
                open(view.openIncidents[0].id)
            }
            if offlineSince != nil, follower == nil { openKnown(explicit) }
            // The lists were just read; this follows the listed incidents when none was opened.
            refresh(lists: false)
        case .follow:
            if offlineSince != nil {
                guard reconnect() else { return reply(job, changed: !notices.isEmpty) }
            } else if let watcher {
                // The cheap check first: while nothing was committed, nothing is read.
                do {
                    if try !watcher.hasChanged() { return reply(job, changed: !notices.isEmpty) }
                } catch {
                    if wentOffline(error) { return reply(job, changed: true) }
                }
            }
            refresh()
        case let .open(id):
            open(id)
        case .leave:
            follower = nil
            known = nil
            kept = []
            publishState()
            refresh()
        case let .perform(command):
            outcome = perform(command)
        case let .writeFile(path, contents, overwrite):
            outcome = FileWriting.write(contents, to: path, overwrite: overwrite)
        case let .declare(title, priority, securitySensitive, at):
            if let offlineSince {
                outcome = .failed(message: Self.declareOffline(since: offlineSince))
                break
            }
            outcome = attempt {
                let accepted = try service.declare(title: title, priority: priority, securitySensitive: securitySensitive, as: actor, at: at)
                if let id = accepted.state.id { open(id) }
                refresh()
                return "Declared \(accepted.state.id?.rawValue ?? "")."
            }
            // The server went away meanwhile: nothing was declared, and the message says why and what to do.
            if let offlineSince, case .failed = outcome { outcome = .failed(message: Self.declareOffline(since: offlineSince)) }
        }
        return reply(job, changed: true, outcome: outcome)
    }

    private func reply(_ job: StoreJob, changed: Bool, outcome: CommandOutcome? = nil) -> StoreReply {
        defer { notices = [] }
        return StoreReply(job: job, view: changed ? view : nil, outcome: outcome, notices: notices)
    }

    private func perform(_ command: Command) -> CommandOutcome {
        if offlineSince != nil { return keep(command) }
        guard let follower else { return .failed(message: "No incident is open.") }
        // Decided on the state already followed: nothing is read unless another writer got in first.
        var state = follower.state
        var decided: [Event] = []
        do {
            let now = service.clock.now()
            switch try IncidentService.decideAndAppend(
                command, state: &state, actor: actor, now: { now }, store: service.store, playbook: service.playbook, decided: &decided,
                contention: "Other processes kept appending faster than this entry could be; it is still kept. Try again.") {
            case let .refused(refusal):
                return .refused(refusal)
            case .alreadyStored:
                refresh(lists: false)
                return .accepted(summary: "Saved.")
            case let .appended(events):
                // Shown at once, with whatever others appended meanwhile. Only a lifecycle event (declared, downgraded,
                // resolved, reopened, closed) can change the incident list; others' changes to it arrive with the next follow.
                refresh(lists: events.contains { $0.payload.eventKind.isLifecycle })
                return events.last.map { "Saved: \($0.payload.summary)" }.map { .accepted(summary: $0) } ?? .accepted(summary: "Saved.")
            }
        } catch {
            guard wentOffline(error) else { return .failed(message: AppError.wrap(error).description) }
            // The events tried are kept under their ids: if the server stored them before the connection broke,
            // sending them later finds them there.
            return keep(decided, decidedOn: state, command: command)
        }
    }

    func attempt(_ body: () throws -> String) -> CommandOutcome {
        do {
            return .accepted(summary: try body())
        } catch let error as AppError {
            if case let .refused(refusal) = error { return .refused(refusal) }
            if case let .store(storeError) = error, wentOffline(storeError) { return .failed(message: storeError.description) }
            return .failed(message: error.description)
        } catch {
            _ = wentOffline(error)
            return .failed(message: AppError.wrap(error).description)
        }
    }

    func open(_ id: IncidentID) {
        do {
            follower = try IncidentFollower(id: id, store: service.store)
            known = nil
            listed = [:]
            kept = keptItems(for: id)
            publishState()
            view.listed = [:]
            view.problem = nil
        } catch {
            guard wentOffline(error) else {
                view.problem = AppError.wrap(error).description
                return
            }
            notices.append(ConsoleMessage("\(id) cannot be opened while the store's server cannot be reached; try again once it is back.",
                                          kind: .error))
        }
    }

    /// Reads what other consoles and scripts appended, the lists, and the listed incidents.
    func refresh(lists: Bool = true) {
        do {
            try follower?.refresh(from: service.store)
            if lists { try readLists() }
            try followListed()
            publishState()
            view.listed = listed.mapValues(\.state)
            view.problem = nil
        } catch {
            if !wentOffline(error) { view.problem = AppError.wrap(error).description }
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
