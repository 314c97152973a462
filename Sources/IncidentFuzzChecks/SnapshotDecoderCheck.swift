/// The state snapshot reader's contract: a `SnapshotError`, or a state that writes and reads back to itself and
/// that every view and the next event can be computed on without a crash.
import Foundation
import IncidentCore

enum SnapshotDecoderCheck {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func check(_ bytes: [UInt8]) throws {
        let state: IncidentState
        do {
            state = try StateSnapshot.decode(bytes)
        } catch is SnapshotError {
            return
        } catch {
            throw FuzzFailure("StateSnapshot.decode threw \(type(of: error)), not a SnapshotError: \(error)")
        }
        let again: IncidentState
        do {
            again = try StateSnapshot.decode(StateSnapshot.encode(state))
        } catch {
            throw FuzzFailure("a snapshot read back does not read again once written: \(error)")
        }
        guard again == state else { throw FuzzFailure("a snapshot changed when written and read again") }
        // A store file is input like any other: what a snapshot holds must not crash what reads a state.
        let playbook = Playbook.standard
        _ = CommsClock(state: state, playbook: playbook, now: now)
        _ = Checklist(state: state, playbook: playbook, now: now)
        _ = Ladder(state: state, playbook: playbook, now: now)
        _ = RolesView(state: state, now: now)
        _ = Durations(state: state, playbook: playbook, now: now)
        var next = state
        let id = state.id ?? IncidentID("INC-FUZZ")
        let target = state.timeline.first?.id ?? UUID()
        for (offset, payload) in [
            EventPayload.commsSent(CommsMessage(channel: .statuspage, text: "update", status: .identified)),
            .entryCorrected(entry: target, text: "corrected"),
            .entryStruck(entry: target, reason: "wrong"),
            .entryLogged(kind: .note, text: "note"),
        ].enumerated() {
            next.apply(Event(id: UUID(), incidentID: id, sequence: state.lastSequence + 1 + offset, occurredAt: now,
                             loggedAt: now, actor: "fuzz", payload: payload))
        }
    }
}
