/// The console while its shared store's server cannot be reached: what is typed is decided on the last known state and
/// kept in the local queue, shown as not yet shared, and sent in order once the server is back.
import Foundation
import IncidentApp
import IncidentConsole
import IncidentCore
import IncidentStore

/// A store on a team's server: its address (the key of its items in the local queue) and the queue's file.
public struct SharedStore: Sendable, Equatable {
    public var address: String
    public var outbox: URL

    public init(address: String, outbox: URL) {
        self.address = address
        self.outbox = outbox
    }
}

extension StoreWorker {
    /// The open incident as this console knows it: the followed state, then what is kept and not yet shared.
    func publishState() {
        var state = follower?.state ?? known
        for event in kept.flatMap(\.events) { state?.apply(event) }
        view.state = state
        view.unshared = Set(kept.flatMap(\.events).map(\.id))
        view.offlineSince = offlineSince
    }

    /// True when `error` says the server cannot be reached (and the store is shared): the console is then offline.
    func wentOffline(_ error: any Error) -> Bool {
        let storeError: StoreError? = switch error {
        case let error as StoreError: error
        case let AppError.store(error): error
        default: nil
        }
        guard shared != nil, let storeError, storeError.isUnreachable else { return false }
        if offlineSince == nil {
            offlineSince = service.clock.now()
            // Kept so that a console started while the server is still away can show this incident and decide on it.
            if let state = follower?.state, let shared {
                do {
                    try openOutbox(shared, creating: true)
                    try outbox?.saveKnownState(state, store: shared.address)
                } catch {
                    notices.append(ConsoleMessage(AppError.wrap(error).description, kind: .error))
                }
            }
            backoff = 1
            nextAttempt = Date().addingTimeInterval(backoff)
            notices.append(ConsoleMessage("Offline: the store's server at \(shared?.address ?? "") cannot be reached. What you "
                + "record now is kept on this machine, marked \"not yet shared\", and sent when the server is back.", kind: .error))
        }
        view.problem = nil
        publishState()
        return true
    }

    /// Decides `command` on the last known state and keeps its events in the local queue.
    func keep(_ command: Command) -> CommandOutcome {
        guard let base = follower?.state ?? known, let state = view.state else { return .failed(message: "No incident is open.") }
        switch OutboxDelivery.decideForQueue(command, on: state, basis: base.lastSequence, actor: actor,
                                             now: service.clock.now(), playbook: service.playbook) {
        case let .failure(refusal):
            return .refused(refusal)
        case .success(nil):
            return .failed(message: "Not kept: this cannot be recorded while the server is away (offline). Nothing was saved; "
                + "record it again when the header no longer says offline.")
        case let .success(item?):
            return keep(item)
        }
    }

    /// Keeps events already decided (an append the server did not answer) under their ids.
    func keep(_ events: [Event], decidedOn state: IncidentState, command: Command) -> CommandOutcome {
        guard let follower, let incident = events.first?.incidentID,
              let anchor = OutboxDelivery.anchor(of: events, on: state, playbook: service.playbook) else { return keep(command) }
        return keep(OutboxItem(incident: incident, events: events, anchor: anchor, basis: follower.state.lastSequence))
    }

    private func keep(_ item: OutboxItem) -> CommandOutcome {
        guard let shared else { return .failed(message: "No local queue.") }
        do {
            try openOutbox(shared, creating: true)
            // Durable (synced) before the console says it was kept.
            kept.append(try outbox!.add(item, store: shared.address))
        } catch {
            return .failed(message: "Not kept: \(AppError.wrap(error).description) Nothing was saved.")
        }
        publishState()
        let summary = item.events.last.map { ": \($0.payload.summary)" } ?? ""
        return .accepted(summary: "Kept, not yet shared\(summary)")
    }

    /// The items kept earlier for `incident` (by this console or one before it), oldest first.
    func keptItems(for incident: IncidentID) -> [OutboxItem] {
        guard let shared else { return [] }
        do {
            try openOutbox(shared, creating: false)
            return try outbox?.items(store: shared.address, incident: incident) ?? []
        } catch {
            notices.append(ConsoleMessage(AppError.wrap(error).description, kind: .error))
            return []
        }
    }

    /// While offline, once the server answers again: the kept items are sent, then everything is read. Returns true when
    /// back online. Tries no more often than the watcher's backoff (or, with no watcher, 1 s doubling to 30 s).
    func reconnect() -> Bool {
        guard Date() >= nextAttempt else { return false }
        if let watcher {
            // The watcher keeps its own backoff: until it is due it throws at once, asking nothing of the network.
            guard (try? watcher.hasChanged()) != nil else { return false }
        } else {
            do {
                watcher = try service.store.changeWatcher()
                _ = try watcher?.hasChanged()
            } catch {
                watcher = nil
                retryLater()
                return false
            }
        }
        guard sendKept() else {
            retryLater()
            return false
        }
        offlineSince = nil
        try? outbox?.forgetKnownStates(store: shared?.address ?? "")
        // A console started offline showed the kept state: now it follows the incident on the server.
        if follower == nil, let id = known?.id { open(id) }
        publishState()
        return true
    }

    /// At a start while the server is away: the incident named (or the only one) whose state was kept when it went away.
    func openKnown(_ explicit: String?) {
        guard let shared else { return }
        do {
            try openOutbox(shared, creating: false)
            let states = try outbox?.knownStates(store: shared.address) ?? []
            let chosen = explicit.map { wanted in states.filter { $0.id?.rawValue.lowercased().contains(wanted.lowercased()) == true } } ?? states
            guard chosen.count == 1, let state = chosen.first, let id = state.id else { return }
            known = state
            kept = keptItems(for: id)
            publishState()
        } catch {
            notices.append(ConsoleMessage(AppError.wrap(error).description, kind: .error))
        }
    }

    /// Opens the queue file once; `creating: false` leaves a missing one missing (nothing kept yet).
    private func openOutbox(_ shared: SharedStore, creating: Bool) throws {
        if outbox == nil { outbox = try Outbox.open(at: shared.outbox, creating: creating) }
    }

    private func retryLater() {
        nextAttempt = Date().addingTimeInterval(backoff)
        backoff = min(backoff * 2, 30)
    }

    /// Sends every item kept for this store, oldest first. Returns false when the server went away again meanwhile.
    @discardableResult
    func sendKept() -> Bool {
        guard let shared else { return true }
        do {
            try openOutbox(shared, creating: false)
            guard let outbox else { return true }
            let items = try outbox.items(store: shared.address)
            guard !items.isEmpty else { return true }
            var states: [IncidentID: IncidentState] = [:]
            var sent = 0
            var refusals: [String] = []
            for item in items {
                var state = try states[item.incident]
                    ?? (follower?.id == item.incident ? follower?.state : nil) ?? service.store.state(of: item.incident)
                let outcome = try OutboxDelivery.send(item, state: &state, store: service.store, playbook: service.playbook)
                states[item.incident] = state
                if case let .refused(refusal) = outcome { refusals.append(refusalNotice(item, refusal)) } else { sent += 1 }
                try outbox.remove(item.position)
                kept.removeAll { $0.position == item.position }
            }
            // One message: how many were shared, then each refusal (its text is kept in a file the message names).
            let summary = sent == 0 ? [] : ["Back online: \(sent == 1 ? "1 kept entry" : "\(sent) kept entries") shared."]
            notices.append(ConsoleMessage((summary + refusals).joined(separator: " "), kind: refusals.isEmpty ? .success : .error))
            // What another console of this person kept and sent meanwhile is no longer shown as kept here either.
            kept = (follower?.id ?? known?.id).map { keptItems(for: $0) } ?? []
        } catch {
            if wentOffline(error) { return false }
            notices.append(ConsoleMessage("The kept entries could not be sent: \(AppError.wrap(error).description) They stay kept.",
                                          kind: .error))
            return false
        }
        refresh()
        return true
    }

    /// What the person is told when an item kept offline is refused on the fresh state: what, why, instead, and where
    /// the text they typed is kept.
    private func refusalNotice(_ item: OutboxItem, _ refusal: Refusal) -> String {
        let text = OutboxDelivery.typedText(of: item)
        // Pointed out here, so the next console does not point it out again as a draft left by an ended console.
        let file = (try? DraftKeeper.save(title: "Not shared: refused when the server was back", text: text,
                                          incident: item.incident, at: service.clock.now(), environment: environment)).map(DraftKeeper.markSeen)
        let keptText = file.map { "Your text is kept in \($0.path)" } ?? "Your text was: \(text)"
        return "Not shared (refused once the server was back): \(KeyTable.standard.text(of: refusal)) \(keptText)"
    }

    static func declareOffline(since: Date) -> String {
        "Not declared: the store's server cannot be reached (offline). A new incident needs the server, so that two "
            + "people cannot declare the same one. Declare it once the header no longer says offline, or record on an "
            + "open incident meanwhile."
    }
}
