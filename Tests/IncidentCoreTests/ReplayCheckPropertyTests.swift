/// Every log the rules write passes the import check, whatever the sequence of commands, refusals included.
import Foundation
import ProcessScripts
import PropertyBased
import Testing
@testable import IncidentCore

@Suite struct ReplayCheckPropertyTests {
    static let afterEverything = Date(timeIntervalSince1970: 4_000_000_000)

    @Test func everyLogTheRulesWriteIsAcceptedAsAnImport() async {
        var events = 0
        var kinds = Set<EventKind>()
        await propertyCheck(count: 200, input: StateMachinePropertyTests.scripts) { codes in
            let run = ScriptRun(codes)
            let stored = run.log.map { try! Event.decode(json: Data($0.jsonLine().utf8)) }
            do {
                let state = try ReplayCheck.check(stored, after: IncidentState(), playbook: ProcessScript.playbook, now: Self.afterEverything)
                #expect(state == run.final)
            } catch let error as ReplayCheck.Failure {
                let event = stored[error.index]
                Issue.record("event #\(event.sequence) (\(event.payload.kind) by \(event.actor)) refused on import: \(error.refusal.map(\.description) ?? "recorded differently")")
            } catch {
                Issue.record("\(error)")
            }
            events += stored.count
            kinds.formUnion(stored.map(\.payload.eventKind))
        }
        // The generator reaches every kind, so the check is exercised on each.
        #expect(kinds == Set(EventKind.allCases), "never generated: \(Set(EventKind.allCases).subtracting(kinds))")
        #expect(events > 2_000)
    }
}
