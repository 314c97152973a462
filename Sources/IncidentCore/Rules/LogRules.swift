/// Rules for timeline entries: who may log what, and correcting without rewriting.
import Foundation

extension Rules {
    func log(_ kind: EntryKind, text: String, at: Date?) throws -> [Draft] {
        let what = "\(kind.title) not logged."
        let text = try requireText(text, what)
        let at = try backdate(at, what)
        if kind == .productionChange { try requireProductionChangeByLead(at: at, what) }
        return joinIfNew() + [Draft(.entryLogged(kind: kind, text: text), at: at)]
    }

    /// Only the lead makes production changes, judged at the time of the change (`at`, or now).
    func requireProductionChangeByLead(at: Date?, _ what: String) throws {
        guard let lead = at.map({ state.holder(of: .lead, at: $0) }) ?? holder(of: .lead) else {
            throw Refusal(.notPermitted, what: what, why: "Only the incident lead makes production changes, and no lead is assigned.",
                          instead: "Assign a lead with production access first.", remedy: .assignRole(.lead))
        }
        guard lead == actor else {
            throw Refusal(.notPermitted, what: what, why: "Only the incident lead (\(lead)) makes production changes.",
                          instead: "Ask \(lead) to make and log it, or log your work as an action; a hand-over of the lead role would make you lead.",
                          remedy: .assignRole(.lead))
        }
    }

    func correct(_ entry: UUID, text: String) throws -> [Draft] {
        let what = "Correction not recorded."
        let item = try loggedEntry(entry, what)
        let text = try requireText(text, what)
        guard text != item.text else {
            throw Refusal(.invalidInput, what: what, why: "The new text is the same as the entry's.", instead: "")
        }
        return joinIfNew() + [Draft(.entryCorrected(entry: entry, text: text))]
    }

    func strike(_ entry: UUID, reason: String) throws -> [Draft] {
        let what = "Entry not struck out."
        _ = try loggedEntry(entry, what)
        let reason = try requireText(reason, what, field: "reason")
        return joinIfNew() + [Draft(.entryStruck(entry: entry, reason: reason))]
    }

    private func loggedEntry(_ id: UUID, _ what: String) throws -> TimelineItem {
        guard let item = state.item(id), item.isLogEntry else {
            throw Refusal(.unknownName, what: what, why: "There is no logged entry with id \(id.uuidString).",
                          instead: "Pick an entry from the timeline.")
        }
        guard item.strike == nil else {
            throw Refusal(.alreadyDone, what: what, why: "That entry is already struck out.", instead: "Log a new entry instead.")
        }
        return item
    }
}
