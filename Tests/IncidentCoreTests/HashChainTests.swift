/// The hash chain finds any change, removal, insertion or reordering of stored events, and names the first.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct HashChainTests {
    /// A chained record of `count` events, as the store writes it.
    static func chained(_ count: Int = 6) -> [WireRecord] {
        var s = Scenario.declared(lead: "alex")
        while s.log.count < count {
            s.advance(minutes: 1)
            s.must(.log(.action, text: "step \(s.log.count)", at: nil), as: "alex")
        }
        var previous = HashChain.genesis(Scenario.id)
        return s.log.prefix(count).map { event in
            var event = event
            event.previousHash = previous
            let record = WireRecord(event)
            previous = HashChain.link(after: previous, line: record.line)
            return record
        }
    }

    static func reread(_ line: String) -> WireRecord { try! EventWire.decodeRecord(Array(line.utf8)) }

    @Test func anIntactRecordHolds() {
        let records = Self.chained()
        #expect(HashChain.verify(Scenario.id, records) == .holds(events: 6, head: HashChain.head(of: Scenario.id, records), unchained: 0))
        #expect(HashChain.genesis(Scenario.id) == SHA256.hex(Scenario.id.rawValue.utf8))
    }

    @Test func changingOneEventBreaksTheLinkOfTheNext() {
        var records = Self.chained()
        records[2] = Self.reread(records[2].line.replacingOccurrences(of: "step 2", with: "step 9"))
        #expect(records[2].line.contains("step 9"))
        guard case let .broken(sequence, id, .mismatch) = HashChain.verify(Scenario.id, records) else {
            Issue.record("not detected"); return
        }
        #expect(sequence == 4 && id == records[3].event.id)
    }

    @Test func changingTheLastEventChangesTheHead() {
        let records = Self.chained()
        var altered = records
        altered[5] = Self.reread(records[5].line.replacingOccurrences(of: "step 5", with: "step 0"))
        guard case let .holds(_, head, _) = HashChain.verify(Scenario.id, altered),
              case let .holds(_, original, _) = HashChain.verify(Scenario.id, records) else { Issue.record("unexpected"); return }
        #expect(head != original)
    }

    @Test func removingOrSwappingEventsIsFound() {
        var removed = Self.chained()
        removed.remove(at: 3)
        #expect(HashChain.verify(Scenario.id, removed) != .holds(events: 5, head: HashChain.head(of: Scenario.id, removed), unchained: 0))
        var swapped = Self.chained()
        swapped.swapAt(2, 3)
        guard case .broken(4, _, .outOfSequence(expected: 3)) = HashChain.verify(Scenario.id, swapped) else { Issue.record("swap not found"); return }
    }

    @Test func anEventWithoutItsLinkAfterChainedOnesIsFound() {
        var records = Self.chained()
        var event = records[4].event
        event.previousHash = nil
        records[4] = WireRecord(event)
        #expect(HashChain.verify(Scenario.id, records) == .broken(sequence: 5, eventID: event.id, problem: .missing))
    }

    @Test func anotherIncidentsChainDoesNotVerifyHere() {
        let records = Self.chained()
        guard case .broken(1, _, .outOfSequence) = HashChain.verify("INC-OTHER", records) else { Issue.record("accepted"); return }
    }
}
