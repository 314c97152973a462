/// Test support: an incident built through `decide` and `apply`, with a fixed clock and fixed event ids.
import Foundation
import IncidentCore
import IncidentReporting
import Testing

/// Runs commands through the process rules as given people at given times; a refusal fails the test.
struct IncidentRun {
    var state = IncidentState()
    var playbook: Playbook

    init(playbook: Playbook = .standard) { self.playbook = playbook }

    /// `2026-11-03 09:58` (UTC) as a date.
    static func time(_ text: String) -> Date {
        guard let date = Timestamp.parse(text.replacingOccurrences(of: " ", with: "T") + ":00Z") else {
            fatalError("not a time: \(text)")
        }
        return date
    }

    /// Decides `command` as `actor` at `time` and applies its events; returns them. Throws the refusal if refused.
    @discardableResult
    mutating func run(_ actor: Person, at time: String, _ command: Command,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> [Event] {
        let first = state.lastSequence + 1
        let counter = EventIDs(next: first)
        let context = DecisionContext(now: Self.time(time), actor: actor, playbook: playbook, makeEventID: { counter.take() })
        switch decide(command, state: state, context: context) {
        case let .success(events):
            for event in events { state.apply(event) }
            return events
        case let .failure(refusal):
            Issue.record("Refused at \(time): \(refusal)", sourceLocation: sourceLocation)
            throw refusal
        }
    }

    /// The id of the last event `run` produced: the entry to correct or strike.
    static func entryID(_ events: [Event]) -> UUID { events.last!.id }

    func report(_ audience: ReportAudience) -> ReportDocument { ReportDocument(state: state, playbook: playbook, audience: audience) }
}

/// Fixed, readable event ids: `00000000-0000-0000-0000-000000000042` for the 42nd.
final class EventIDs: @unchecked Sendable {
    private let lock = NSLock()
    private var next: Int
    init(next: Int) { self.next = next }
    func take() -> UUID {
        lock.lock(); defer { lock.unlock() }
        let value = next
        next += 1
        let digits = String(value)
        return UUID(uuidString: "00000000-0000-0000-0000-" + String(repeating: "0", count: 12 - digits.count) + digits)!
    }
}
