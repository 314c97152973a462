/// The record's hash chain: each event carries the chain's value before it, so changing, removing or
/// reordering any stored event breaks every later link (docs/wire-format.md, "Hash chain").
import Foundation

public enum HashChain {
    /// The value before an incident's first event: the hash of its id.
    public static func genesis(_ incident: IncidentID) -> String { SHA256.hex(incident.rawValue.utf8) }

    /// The value after a stored line: hash of the value before it, a newline, and the line's canonical bytes.
    public static func link(after previous: String, line: String) -> String {
        var hasher = SHA256()
        hasher.update(previous.utf8)
        hasher.update([0x0A])
        hasher.update(line.utf8)
        return hasher.finalizeHex()
    }

    /// The chain's value after all of `records` (one incident's, in sequence order from 1).
    public static func head(of incident: IncidentID, _ records: [WireRecord]) -> String {
        records.reduce(genesis(incident)) { link(after: $0, line: $1.line) }
    }

    /// The value after the last of `records`, reading only that record when it carries its own link.
    public static func head(after last: WireRecord?, of incident: IncidentID, allRecords: () throws -> [WireRecord]) rethrows -> String {
        guard let last else { return genesis(incident) }
        if let previous = last.event.previousHash { return link(after: previous, line: last.line) }
        return head(of: incident, try allRecords())
    }

    /// What checking one incident's chain found.
    public enum Verdict: Equatable, Sendable {
        /// Every link holds. `unchained` events at the start predate the chain and are covered by the first
        /// chained event after them (or by nothing yet, if none follows).
        case holds(events: Int, head: String, unchained: Int)
        /// The first event whose recorded link differs from the chain recomputed from the events before it.
        case broken(sequence: Int, eventID: UUID, problem: Problem)
    }

    public enum Problem: Equatable, Sendable {
        /// Its `prev` differs from the recomputed value: an earlier event was changed, removed or reordered.
        case mismatch(expected: String, found: String)
        /// It has no `prev` although an earlier event has one: written or altered outside the program.
        case missing
        /// Its sequence number is not the next one.
        case outOfSequence(expected: Int)
    }

    /// Recomputes the chain over one incident's records, in the order given.
    public static func verify(_ incident: IncidentID, _ records: [WireRecord]) -> Verdict {
        var value = genesis(incident)
        var chained = false
        var unchained = 0
        for (offset, record) in records.enumerated() {
            let event = record.event
            guard event.sequence == offset + 1, event.incidentID == incident else {
                return .broken(sequence: event.sequence, eventID: event.id, problem: .outOfSequence(expected: offset + 1))
            }
            switch event.previousHash {
            case nil where chained:
                return .broken(sequence: event.sequence, eventID: event.id, problem: .missing)
            case nil:
                unchained += 1
            case let found?:
                guard found == value else {
                    return .broken(sequence: event.sequence, eventID: event.id, problem: .mismatch(expected: value, found: found))
                }
                chained = true
            }
            value = link(after: value, line: record.line)
        }
        return .holds(events: records.count, head: value, unchained: unchained)
    }
}

extension HashChain {
    /// The problem in words, for messages.
    public static func explain(_ problem: Problem) -> String {
        switch problem {
        case let .mismatch(expected, found):
            "its link to the events before it is \(found.prefix(12))…, the events before it give \(expected.prefix(12))…: "
                + "an earlier event was changed, removed or reordered, or this one was moved."
        case .missing:
            "it carries no link to the events before it although earlier events do: it was written outside incident."
        case let .outOfSequence(expected):
            "it stands where entry #\(expected) should be."
        }
    }
}
