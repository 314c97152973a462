/// Rules for what people write into the incident report, and for the key times it compares.
import Foundation

extension Rules {
    func markKeyTime(_ marker: KeyTime, note: String?) throws -> [Draft] {
        let what = "\(marker.title) not recorded."
        let note = try optionalText(note, what)
        let time = moment
        // Impact starts, is detected, mitigated, then fully recovered: a time out of that order is a typo.
        let order = KeyTime.allCases
        let position = order.firstIndex(of: marker)!
        for earlier in order[..<position] {
            if let mark = state.keyTimes[earlier], mark.at > time {
                throw Refusal(.invalidInput, what: what,
                              why: "\(Timestamp.format(time)) is before the time marked for \(earlier.title.lowercased()) (\(Timestamp.format(mark.at))).",
                              instead: "Give a later time (--at), or mark \(earlier.title.lowercased()) again with the right one.")
            }
        }
        for later in order[(position + 1)...] {
            if let mark = state.keyTimes[later], mark.at < time {
                throw Refusal(.invalidInput, what: what,
                              why: "\(Timestamp.format(time)) is after the time marked for \(later.title.lowercased()) (\(Timestamp.format(mark.at))).",
                              instead: "Give an earlier time (--at), or mark \(later.title.lowercased()) again with the right one.")
            }
        }
        if marker == .impactStarted, let declared = state.declaredAt, time > declared {
            throw Refusal(.invalidInput, what: what,
                          why: "Impact cannot start after the declaration (\(Timestamp.format(declared))).",
                          instead: "Give the time users were first affected (--at), at or before the declaration.")
        }
        if let mark = state.keyTimes[marker], mark.at == time, mark.note == note {
            throw Refusal(.alreadyDone, what: what, why: "\(marker.title) is already marked at \(Timestamp.format(time)).", instead: "")
        }
        return joinIfNew() + [Draft(.keyTimeMarked(marker: marker, note: note))]
    }

    func writeReportText(_ section: ReportSection, text: String) throws -> [Draft] {
        let what = "\(section.title) not saved."
        let text = try requireText(text, what)
        guard state.report.sections[section]?.text != text else {
            throw Refusal(.alreadyDone, what: what, why: "The report already says exactly that.", instead: "")
        }
        return joinIfNew() + [Draft(.reportTextWritten(section: section, text: text))]
    }

    func writeRootCause(_ category: RootCauseCategory, text: String) throws -> [Draft] {
        let what = "Root cause not saved."
        let text = try requireText(text, what)
        if let current = state.report.rootCause, current.category == category, current.text == text {
            throw Refusal(.alreadyDone, what: what, why: "The report already says exactly that.", instead: "")
        }
        return joinIfNew() + [Draft(.rootCauseWritten(category: category, text: text))]
    }

    func agreeFollowUp(action: String, owner: Person, tracker: String?) throws -> [Draft] {
        let what = "Follow-up action not recorded."
        let action = try requireText(action, what, field: "action")
        let owner = try requirePerson(owner, "\(what) (who owns it?)")
        let tracker = try optionalText(tracker, what, field: "tracker reference", limit: 200)
        if state.report.followUps.contains(where: { $0.action == action && $0.owner == owner }) {
            throw Refusal(.alreadyDone, what: what, why: "That action is already agreed for \(owner).", instead: "")
        }
        return joinIfNew() + [Draft(.followUpAgreed(action: action, owner: owner, tracker: tracker))]
    }

    /// Writing and publishing the report are for the incident lead and comms.
    func requireLeadOrComms(_ what: String) throws {
        let holders = [holder(of: .lead), holder(of: .comms)].compactMap { $0 }
        guard !holders.contains(actor) else { return }
        let who = holders.isEmpty ? "the incident lead or comms, and neither is assigned"
            : "the incident lead or comms (\(holders.map(\.name).joined(separator: " or ")))"
        throw Refusal(.notPermitted, what: what, why: "That is recorded by \(who).",
                      instead: holders.isEmpty ? "Assign a lead or comms first."
                          : "Ask \(holders.map(\.name).joined(separator: " or ")) to record it, or take over a role.",
                      remedy: holders.isEmpty ? .assignRole(.lead) : .assignRole(.comms))
    }
}
