/// `precheck`: whether the record would take a kind of command now, before its details are asked for. The same
/// checks `decide` makes first, so each rule lives once: the console disables a key with the record's own reason.
import Foundation

/// A kind of command, as far as it can be judged before its details are known.
public enum CommandKind: Sendable, Hashable, CaseIterable {
    /// Any entry, comms, role or escalation: a declared incident, not closed.
    case record
    case productionChange, resolve, downgrade, snooze, setStatuspageStatus, suspectBreach
    /// The steps after resolution (report, review, publication, close) and reopening.
    case afterResolution
}

/// Why the record would refuse every command of `kind` now, by `context.actor`; nil when some would be taken.
public func precheck(_ kind: CommandKind, state: IncidentState, context: DecisionContext) -> Refusal? {
    do {
        try Rules(state: state, context: context).precheck(kind)
        return nil
    } catch let refusal as Refusal {
        return refusal
    } catch {
        return Refusal(.invalidInput, what: "Not recorded.", why: "\(error)", instead: "")
    }
}

extension Rules {
    func precheck(_ kind: CommandKind) throws {
        try requireOpenRecord(reopening: kind == .afterResolution)
        switch kind {
        case .record: break
        case .productionChange: try requireProductionChangeByLead(at: nil, "\(EntryKind.productionChange.title) not logged.")
        case .resolve:
            try requireActive("Not resolved.")
            try requireLead("Not resolved.", action: "decides resolution")
        case .downgrade:
            try requireActive("Not downgraded.")
            try requireLead("Not downgraded.", action: "decides a downgrade")
        case .snooze: try requireCommsPending()
        case .setStatuspageStatus: try requireStatuspageIncident()
        case .suspectBreach: try requireNoBreachSuspected()
        case .afterResolution:
            if state.phase == .active { try requireResolved("Not recorded.") }
        }
    }
}
