/// Properties of the state machine that hold for any sequence of commands.
import Foundation
import PropertyBased
import Testing
@testable import IncidentCore

/// Turns a list of integers into commands, times and actors, so generated cases shrink well.
struct CommandScript {
    static let people: [Person] = ["sam", "alex", "cam", "pat", "dee"]
    static let levels = ["information-assurance", "techops-programme-director", "head-of-reliability-engineering", "director-gds-portfolio-group", "nope"]

    static func step(_ code: Int, state: IncidentState) -> (Command, Person, minutes: Double) {
        let op = code % 29
        let arg = code / 29
        let actor = people[arg % people.count]
        let other = people[(arg / 5) % people.count]
        let minutes = Double(arg % 37)
        let entry = state.timeline.filter(\.isLogEntry).last?.id ?? UUID()
        let command: Command = switch op {
        case 0: .declare(id: "P", title: arg % 7 == 0 ? "" : "Outage \(arg)", priority: Priority.allCases[arg % 4], securitySensitive: arg % 5 == 0)
        case 1: .assignRole(Role.allCases[arg % Role.allCases.count], other, productionAccessConfirmed: arg % 3 != 0)
        case 2: .handOverRole(Role.allCases[arg % Role.allCases.count], to: other, productionAccessConfirmed: true)
        case 3, 4: .log(EntryKind.allCases[arg % EntryKind.allCases.count], text: arg % 11 == 0 ? "" : "entry \(arg)", at: nil)
        case 5: .log(.action, text: "back-dated \(arg)", at: state.declaredAt?.addingTimeInterval(Double(arg % 50) * 60))
        case 6: .correct(entry: entry, text: "fixed \(arg)")
        case 7: .strike(entry: entry, reason: "wrong \(arg)")
        case 8, 9: .sendComms(CommsRequest(channel: .statuspage, text: "update \(arg)",
                                          status: arg % 6 == 0 ? nil : StatuspageStatus.allCases[arg % 4],
                                          components: arg % 4 == 0 ? [] : ["API"],
                                          nextUpdateInMinutes: arg % 3 == 0 ? (arg % 70) : nil,
                                          confirmedNoNotification: arg % 2 == 0))
        case 10: .sendComms(CommsRequest(channel: .team, text: "team \(arg)"))
        case 11: .setStatuspageStatus(StatuspageStatus.allCases[arg % 4])
        case 12, 13: .escalate(level: levels[arg % levels.count], step: EscalationStep.allCases[arg % 3], note: nil)
        case 14: .decideExecutiveAlert(alert: arg % 2 == 0, decidedBy: other, note: nil)
        case 15: .suspectSecurityBreach(note: nil)
        case 16: .resolve(with: arg % 4 == 0 ? [other] : ["pat", "dee"], note: nil)
        case 17: .downgrade(to: Priority.allCases[arg % 4], with: ["pat", "dee"], note: nil)
        case 18: .reopen(reason: arg % 5 == 0 ? "" : "back \(arg)")
        case 19: .completeStep(Playbook.standard.checklist[arg % Playbook.standard.checklist.count].id, note: nil)
        case 20: .snoozeCommsReminder(minutes: [5, 10, 15, 7][arg % 4])
        case 21: .scheduleReview(at: (state.declaredAt ?? t0).addingTimeInterval(Double(arg % 10) * 86_400), overrideReason: arg % 2 == 0 ? "why" : nil)
        case 22: .recordReviewHeld(attendees: arg % 3 == 0 ? [] : [actor, other])
        case 23: .recordReportWritten(location: nil)
        case 24: .publishReport(overrideReason: arg % 2 == 0 ? "ok" : nil)
        case 25: .withholdPublication(reason: "sensitive")
        case 26: .close
        case 27: .assignRole(.lead, actor, productionAccessConfirmed: true)
        default: .log(.productionChange, text: "change \(arg)", at: nil)
        }
        return (command, op == 27 ? "sam" : actor, minutes)
    }

    /// Runs the script, returning every state along the way and the accepted events.
    static func run(_ codes: [Int], check: (IncidentState, IncidentState, Command, Result<[Event], Refusal>, Date) -> Void = { _, _, _, _, _ in })
        -> (states: [IncidentState], log: [Event]) {
        var state = IncidentState()
        var log: [Event] = []
        var now = t0
        var states = [state]
        for code in codes {
            let (command, actor, minutes) = step(code, state: state)
            now = now.addingTimeInterval(minutes * 60)
            let context = DecisionContext(now: now, actor: actor, playbook: .standard, makeEventID: { UUID() })
            let before = state
            let result = decide(command, state: state, context: context)
            if case let .success(events) = result {
                for event in events { state.apply(event) }
                log += events
            }
            check(before, state, command, result, now)
            states.append(state)
        }
        return (states, log)
    }
}

@Suite struct StateMachinePropertyTests {
    static let scripts = Gen.int(in: 0...100_000).array(of: 1...80)
    /// Scripts that start with a declaration, so most commands are meaningful.
    static let declaredScripts = Gen.int(in: 0...100_000).array(of: 1...80).map { [29 * 3, 27 + 29 * 2] + $0 }

    @Test func replayingTheLogGivesTheSameStateAsApplyingStepByStep() async {
        await propertyCheck(count: 300, input: Self.declaredScripts) { codes in
            let (states, log) = CommandScript.run(codes)
            #expect(IncidentState.replay(log) == states.last)
        }
    }

    @Test func replayingADecodedLogGivesTheSameState() async {
        await propertyCheck(count: 100, input: Self.declaredScripts) { codes in
            let (states, log) = CommandScript.run(codes)
            let decoded = log.map { try! Event.decode(json: Data($0.jsonLine().utf8)) }
            #expect(IncidentState.replay(decoded) == states.last)
        }
    }

    @Test func neverMoreThanOneLeadOrCommsPersonAtATime() async {
        await propertyCheck(count: 300, input: Self.declaredScripts) { codes in
            let (states, _) = CommandScript.run(codes)
            for state in states {
                for role in [Role.lead, .comms, .support] {
                    let open = state.roleHistory.filter { $0.role == role && $0.until == nil }
                    #expect(open.count <= 1)
                    #expect(open.first?.person == state.holder(of: role))
                }
            }
        }
    }

    @Test func sequencesAreGapFreeAndEventsCarryTheirIncident() async {
        await propertyCheck(count: 200, input: Self.declaredScripts) { codes in
            let (_, log) = CommandScript.run(codes)
            #expect(log.map(\.sequence) == Array(1...max(1, log.count)).prefix(log.count).map { $0 })
            #expect(Set(log.map(\.incidentID)).count <= 1)
        }
    }

    @Test func theCommsDueTimeNeverMovesEarlierExceptByAPromise() async {
        await propertyCheck(count: 300, input: Self.declaredScripts) { codes in
            _ = CommandScript.run(codes) { before, after, command, result, now in
                guard case .success = result else { return }
                let old = CommsClock(state: before, playbook: .standard, now: now)
                let new = CommsClock(state: after, playbook: .standard, now: now)
                if let last = after.comms.lastTenantUpdate, new.phase == .running, let due = new.dueAt, !new.promised {
                    #expect(due >= last.at)
                }
                guard old.phase == .running, new.phase == .running, let oldDue = old.dueAt, let newDue = new.dueAt else { return }
                if newDue < oldDue { #expect(new.promised, "due moved from \(oldDue) to \(newDue) by \(command)") }
            }
        }
    }

    @Test func onlyTheLeadEverLogsAProductionChange() async {
        await propertyCheck(count: 200, input: Self.declaredScripts) { codes in
            _ = CommandScript.run(codes) { before, _, _, result, _ in
                guard case let .success(events) = result else { return }
                for event in events {
                    if case .entryLogged(.productionChange, _) = event.payload { #expect(event.actor == before.lead) }
                }
            }
        }
    }
}

@Suite struct LifecycleSummaryPropertyTests {
    @Test func replayingOnlyLifecycleEventsGivesTheSameSummary() async {
        await propertyCheck(count: 200, input: StateMachinePropertyTests.declaredScripts) { codes in
            let (states, log) = CommandScript.run(codes)
            let full = states.last!
            let partial = IncidentState.replay(log.filter { EventPayload.lifecycleKinds.contains($0.payload.kind) })
            #expect(partial.id == full.id)
            #expect(partial.title == full.title)
            #expect(partial.priority == full.priority)
            #expect(partial.phase == full.phase)
            #expect(partial.declaredAt == full.declaredAt)
        }
    }
}
