/// `incident verify`: recomputes each incident's hash chain and says whether the stored record is intact.
import ArgumentParser
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that an incident's record is intact: exit 0 if its hash chain holds, 1 naming the first event that does not.",
        discussion: "Keep the chain head it prints (in the report, or a message to the team): a record whose head still matches has not been rewritten since.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Check every incident in the store, closed ones included.") var all = false

    func run() throws {
        guard let context = try global.existingContext() else {
            print("No incidents: nothing to verify.")
            return
        }
        let store = context.service.store
        let ids = try appErrors { all ? try store.incidentIDs() : [try context.service.selectIncident(global.incident)] }
        var intact = true
        for id in ids {
            let verdict = try appErrors { () -> RecordVerdict in
                do {
                    return RecordVerdict(HashChain.verify(id, try store.records(for: id, after: 0)))
                } catch let StoreError.undecodableEvent(_, sequence, underlying) {
                    return .unreadable(sequence: sequence, detail: underlying.description)
                }
            }
            print(Terminal.safe(verdict.text(for: id)))
            if case .holds = verdict {} else { intact = false }
        }
        if !intact { throw ExitCode(1) }
    }
}

/// What `verify` found for one incident, in words.
enum RecordVerdict {
    case holds(events: Int, head: String, unchained: Int)
    case broken(sequence: Int, eventID: UUID, problem: HashChain.Problem)
    case unreadable(sequence: Int, detail: String)

    init(_ verdict: HashChain.Verdict) {
        switch verdict {
        case let .holds(events, head, unchained): self = .holds(events: events, head: head, unchained: unchained)
        case let .broken(sequence, id, problem): self = .broken(sequence: sequence, eventID: id, problem: problem)
        }
    }

    func text(for id: IncidentID) -> String {
        switch self {
        case let .holds(events, head, unchained):
            var text = "\(id): record verified: \(events) events, chain head \(head)"
            if unchained > 0 {
                text += unchained == events
                    ? " (all written before the hash chain existed: the next entry will cover them)"
                    : " (the first \(unchained) written before the hash chain existed, covered by the events after them)"
            }
            return text
        case let .broken(sequence, eventID, problem):
            return "\(id): NOT VERIFIED at entry #\(sequence) (event \(eventID.uuidString.lowercased())): " + HashChain.explain(problem)
        case let .unreadable(sequence, detail):
            return "\(id): NOT VERIFIED at entry #\(sequence): the stored line cannot be read (\(detail))."
        }
    }
}
