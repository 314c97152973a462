/// Properties of deciding and appending through a real store, for command sequences built from the state reached.
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore
import ProcessScripts
import PropertyBased
import Testing

@Suite struct ServicePropertyTests {
    /// Runs one script through the service on a fresh store in a temporary folder, checking each step
    /// against the store itself; returns the outcomes and the stored log, for counting.
    static func check(_ codes: [Int]) -> (outcomes: [ScriptOutcome], log: [Event]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("svc-prop-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try! SQLiteEventStore(url: dir.appendingPathComponent("s.sqlite"))
        let service = IncidentService(store: store, clock: try! AppClock(environment: ["INCIDENT_NOW": "2026-11-29T03:00:00Z"]))
        let id = ProcessScript.incident
        var state = IncidentState()
        var outcomes: [ScriptOutcome] = []
        var stored: [Event] = []
        for code in codes {
            let now = service.clock.now()
            let step = ProcessScript.step(code, state: state, now: now)
            let before = stored
            let result: Result<[Event], Refusal>
            do {
                let accepted = try service.perform(step.command, on: id, as: step.actor)
                stored = try! store.events(for: id)
                let holdsAccepted = stored == before + accepted.events
                #expect(holdsAccepted, "\(step.command): the store holds \(stored.dropFirst(before.count).map(\.payload.kind)), accepted \(accepted.events.map(\.payload.kind))")
                // The state the service built in memory equals a separate replay of what the store now reads back.
                let replayed = IncidentState.replay(stored)
                let same = accepted.state == replayed
                #expect(same, "\(step.command) by \(step.actor); service state | replay of the store:\n\(differences(accepted.state, replayed))")
                #expect(accepted.events.allSatisfy { $0.actor == step.actor })
                #expect(stored.map(\.sequence) == Array(stride(from: 1, through: stored.count, by: 1)))
                result = .success(accepted.events)
            } catch let AppError.refused(refusal) {
                stored = try! store.events(for: id)
                let unchanged = stored == before
                #expect(unchanged, "refused \(step.command) by \(step.actor), yet the store gained \(stored.dropFirst(before.count).map(\.payload.kind))")
                result = .failure(refusal)
            } catch let AppError.usage(message) {
                // Commands before any declaration name an incident that does not exist.
                #expect(state.phase == .none && before.isEmpty, "\(message)")
                stored = try! store.events(for: id)
                #expect(stored.isEmpty)
                result = .failure(Refusal(.noIncident, what: message, why: "", instead: ""))
            } catch {
                Issue.record("\(step.command) by \(step.actor): not a refusal: \(error)")
                return (outcomes, [])
            }
            let after = IncidentState.replay(stored)
            outcomes.append(ScriptOutcome(step: step, now: now, before: state, after: after, result: result))
            state = after
        }
        return (outcomes, stored)
    }

    @Test func everyStepLeavesTheStoreHoldingExactlyWhatWasAcceptedAndReplayingToTheServiceState() async {
        var coverage = Coverage()
        await propertyCheck(count: 20, input: Gen.int(in: 0...Int.max).array(of: 1...60)) { codes in
            let (outcomes, log) = Self.check(codes)
            coverage.record(outcomes, log: log)
        }
        print(coverage.report("Service scripts"))
        let shortfalls = coverage.shortfalls(
            milestoneShares: ["lead assigned": 0.30, "statuspage update": 0.15, "resolved": 0.10, "report written": 0.03],
            eachEvent: 0, eachRefusal: 0)
        #expect(shortfalls.isEmpty, "\(shortfalls.joined(separator: "; "))")
        #expect(coverage.refused >= 100 && coverage.accepted >= 200 && coverage.batches >= 5,
                "\(coverage.accepted) accepted (\(coverage.batches) batches), \(coverage.refused) refused")
    }
}
