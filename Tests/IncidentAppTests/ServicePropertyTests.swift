/// Properties of deciding and appending through a real store, for random command sequences.
import Foundation
import IncidentApp
import IncidentCore
import IncidentStore
import PropertyBased
import Testing

@Suite struct ServicePropertyTests {
    static let people: [Person] = ["sam", "alex", "cam"]

    /// A mix of commands, many of which the rules refuse at some point in a sequence.
    static func command(_ code: Int) -> (Command, Person) {
        let actor = people[code / 16 % people.count]
        let command: Command = switch code % 16 {
        case 0: .assignRole(.lead, people[code / 48 % people.count], productionAccessConfirmed: code % 3 != 0)
        case 1: .assignRole(.comms, people[code / 48 % people.count], productionAccessConfirmed: false)
        case 2, 3: .log(.productionChange, text: "change \(code)", at: nil)
        case 4: .log(.action, text: code % 5 == 0 ? " " : "action \(code)", at: nil)
        case 5: .sendComms(CommsRequest(channel: .statuspage, text: "update", components: code % 2 == 0 ? [] : ["API"]))
        case 6: .setStatuspageStatus(.identified)
        case 7: .escalate(level: "director-gds-portfolio-group", step: .contacting, note: nil)
        case 8: .escalate(level: "techops-programme-director", step: .unavailable, note: nil)
        case 9: .resolve(with: code % 2 == 0 ? ["pat"] : ["pat", "dee"], note: nil)
        case 10: .reopen(reason: "back")
        case 11: .publishReport(overrideReason: nil)
        case 12: .close
        case 13: .completeStep(StepID.holdReview, note: nil)
        case 14: .suspectSecurityBreach(note: nil)
        default: .snoozeCommsReminder(minutes: 7)
        }
        return (command, actor)
    }

    @Test func aRefusedCommandLeavesTheStoreUnchangedAndTheStoreReplaysToTheServiceState() async throws {
        await propertyCheck(count: 25, input: Gen.int(in: 0...10_000).array(of: 1...30)) { codes in
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("svc-prop-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: dir) }
            let store = try! SQLiteEventStore(url: dir.appendingPathComponent("s.sqlite"))
            let service = IncidentService(store: store, clock: try! AppClock(environment: ["INCIDENT_NOW": "2026-11-29T03:00:00Z"]))
            let id = try! #require(try service.declare(title: "prop", priority: nil, securitySensitive: false, as: "sam").state.id)
            for code in codes {
                let (command, actor) = Self.command(code)
                let before = try! store.events(for: id)
                do {
                    let accepted = try service.perform(command, on: id, as: actor)
                    #expect(try! store.events(for: id) == before + accepted.events)
                } catch let error as AppError {
                    guard case .refused = error else { Issue.record("not a refusal: \(error)"); return }
                    #expect(try! store.events(for: id) == before)
                } catch {
                    Issue.record("unexpected \(error)")
                }
            }
            #expect(IncidentState.replay(try! store.events(for: id)) == (try! service.state(of: id)))
        }
    }
}
