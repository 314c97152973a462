/// The lines of `incident show` that come from the playbook's data: hours, the start-work clock, who to call, suppliers.
import Foundation
import IncidentCore

enum ShowPlaybookText {
    static func lines(state: IncidentState, playbook: Playbook, now: Date) -> [String] {
        var out: [String] = []
        let hours = HoursView(playbook: playbook, now: now)
        out.append("Hours: \(hours.label)" + (hours.changesAt.map { hours.inHours ? " until \(clock($0))" : ", in hours from \(clock($0))" } ?? ""))
        let start = StartWorkClock(state: state, playbook: playbook, now: now)
        if let limit = start.limitMinutes, let due = start.dueAt {
            var line = "Start work: within \(limit) min of declaration (\(start.outOfHours ? "out of hours" : "in hours")), by \(clock(due))"
            switch start.status {
            case .running: line += ", waiting for the first action or finding"
            case .soon: line += ", due soon: log the first action or finding"
            case .overdue: line += " (OVERDUE: log the first action or finding)"
            case .met: line += "; started \(start.workStartedAt.map(clock) ?? "")"
            case .late: line += "; started late, \(start.workStartedAt.map(clock) ?? "")"
            case .none: break
            }
            out.append(line)
        }
        let comms = CommsSuggestion(playbook: playbook, now: now)
        if comms.outOfHours, state.holder(of: .comms) == nil, state.phase == .active {
            out.append("Comms out of hours: the person on the escalation rota may do it"
                + (comms.rotaPeople.isEmpty ? " (find them: \(comms.rotaSteps.joined(separator: "; ")))" : ": \(comms.rotaPeople.map(\.name).joined(separator: ", "))"))
        }
        let ladder = Ladder(state: state, playbook: playbook, now: now)
        for level in ladder.overdue {
            out.append("Escalation OVERDUE: no answer from \(level.title) since \(level.status.map { clock($0.since) } ?? "")")
        }
        if let call = ladder.callNow {
            let who = call.contacts.map { contact in
                ([contact.name] + [contact.details.phone, contact.details.chat, contact.details.notes].compactMap { $0 }).joined(separator: ", ")
            }
            out.append("Call now: \(call.title)" + (who.isEmpty ? "" : ": " + who.joined(separator: "; ")))
            if call.contactsMissing, let document = call.emergencyContactsDocument {
                out.append("  No phone or chat in the playbook: see \(document)")
            }
        }
        if let decision = ladder.executiveAlert {
            out.append("Executive group (\(ladder.executiveGroup)): \(decision.decidedBy.name) decided \(decision.alert ? "to alert" : "not to alert") at \(clock(decision.at))")
        }
        let skipped = Checklist(state: state, playbook: playbook, now: now).skipped
        for step in skipped { out.append("Skipped: \(step.title) (\(step.completion?.skipReason ?? ""))") }
        for contact in SupplierContacts(state: state).contacts.reversed().uniqued(by: \.supplier) {
            out.append("Supplier \(contact.supplier): \(contact.step.summary)" + (contact.reference.map { ", case \($0)" } ?? ""))
        }
        return out
    }

    static func clock(_ date: Date) -> String { Timestamp.format(date).prefix(16).replacingOccurrences(of: "T", with: " ") + " UTC" }
}

extension Array {
    /// The first element for each key, in order.
    func uniqued<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        var seen = Set<Key>()
        return filter { seen.insert(key($0)).inserted }
    }
}
