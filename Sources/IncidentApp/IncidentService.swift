/// Carries out commands against the store: load, decide, append durably, retry when another writer won.
import Foundation
import IncidentCore
import IncidentStore

public final class IncidentService: Sendable {
    public let store: any EventStore
    public let playbook: Playbook
    public let clock: AppClock

    public init(store: any EventStore, playbook: Playbook = .standard, clock: AppClock) {
        self.store = store
        self.playbook = playbook
        self.clock = clock
    }

    public struct Accepted: Sendable {
        public var events: [Event]
        public var state: IncidentState
        /// What the rules accepted but warned about, such as a lead who is not the person on support.
        public var warnings: [String] { events.compactMap(\.payload.warning) }
    }

    /// The incident's state: its latest snapshot and the events after it (see `EventStore.state(of:)`).
    public func state(of id: IncidentID) throws -> IncidentState {
        try store.state(of: id)
    }

    /// Decides `command` on the latest state and appends its events. If another process appended
    /// in between, the events after the state are read and the command is decided again, so the rules
    /// always see the truth. `known`, a state of this incident the caller already follows, saves reading
    /// it again. Returns only once the events are durable.
    @discardableResult
    public func perform(_ command: Command, on id: IncidentID, as actor: Person, from known: IncidentState? = nil) throws -> Accepted {
        var state = try known.flatMap { $0.id == id ? $0 : nil } ?? self.state(of: id)
        if case .declare = command.unwrapped {} else if state.phase == .none {
            throw AppError.usage("There is no incident \(id).")
        }
        var decided: [Event] = []
        let outcome = try Self.decideAndAppend(
            command, state: &state, actor: actor, now: clock.now, store: store, playbook: playbook, decided: &decided,
            contention: "Other processes kept appending to incident \(id) faster than this command could; nothing was written. Try again.")
        switch outcome {
        case let .refused(refusal): throw AppError.refused(refusal)
        case let .appended(events): return Accepted(events: events, state: state)
        // Only a caller naming ids it may have sent before meets this; none is named here.
        case .alreadyStored: return Accepted(events: [], state: state)
        }
    }

    /// Declares a new incident under a fresh id; `at` declares one that started earlier (its id takes that date).
    public func declare(title: String, priority: Priority?, securitySensitive: Bool, as actor: Person, at: Date? = nil) throws -> Accepted {
        var generator = SystemRandomNumberGenerator()
        let day = at.map { min($0, clock.now()) } ?? clock.now()
        // Ids are short enough to read out on a call, so a day's ids can collide: draw again, also when another
        // process declared the same id between the check and the append.
        for attempt in 1...20 {
            var id = Identity.newIncidentID(now: day, using: &generator)
            for _ in 0..<20 where try state(of: id).phase != .none {
                id = Identity.newIncidentID(now: day, using: &generator)
            }
            let command = Command.declare(id: id, title: title, priority: priority, securitySensitive: securitySensitive)
            do {
                return try perform(command.happened(at: at), on: id, as: actor)
            } catch let AppError.refused(refusal) where refusal.reason == .alreadyDeclared && attempt < 20 {
                continue
            }
        }
        throw AppError.contention("Could not find a free incident id; nothing was written. Try again.")
    }

    /// The incident a command is about: the one named (exactly, or by a unique part of its id),
    /// else the single open one. With several open, the error lists them.
    public func selectIncident(_ explicit: String?) throws -> IncidentID {
        let all = try store.incidents()
        if let explicit, !explicit.isEmpty {
            if let exact = all.first(where: { $0.id.rawValue.caseInsensitiveCompare(explicit) == .orderedSame }) { return exact.id }
            let matches = all.filter { $0.id.rawValue.lowercased().contains(explicit.lowercased()) }
            if matches.count == 1 { return matches[0].id }
            if matches.isEmpty {
                throw AppError.usage("There is no incident '\(explicit)'. Incidents: \(Self.listing(all)).")
            }
            throw AppError.usage("'\(explicit)' matches several incidents: \(Self.listing(matches)). Give more of the id.")
        }
        let open = all.filter { $0.phase == .active || $0.phase == .resolved }
        switch open.count {
        case 1: return open[0].id
        case 0: throw AppError.usage("No incident is open. Declare one with: incident new TITLE")
        default: throw AppError.usage("Several incidents are open: \(Self.listing(open)). Choose one with --incident ID.")
        }
    }

    static func listing(_ summaries: [IncidentSummary]) -> String {
        summaries.isEmpty ? "none" : summaries.map { "\($0.id) (\($0.title))" }.joined(separator: ", ")
    }
}
