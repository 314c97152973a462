/// Properties of the incident process for command sequences built from the state reached so far.
import Foundation
import ProcessScripts
import PropertyBased
import Testing
@testable import IncidentCore

@Suite struct StateMachinePropertyTests {
    /// Each code picks one step among those that fit the state reached; lists shrink by dropping steps.
    static let scripts = Gen.int(in: 0...Int.max).array(of: 1...90)
    static let playbook = ProcessScript.playbook

    @Test func theGeneratorReachesEveryPartOfTheProcess() async {
        var coverage = Coverage()
        await propertyCheck(count: 400, input: Self.scripts) { codes in
            coverage.record(ScriptRun(codes))
        }
        print(coverage.report("State machine scripts"))
        let shortfalls = coverage.shortfalls(
            milestoneShares: ["lead assigned": 0.30, "comms assigned": 0.25, "statuspage update": 0.20,
                              "escalation step": 0.15, "resolved": 0.15, "review held": 0.08, "report published": 0.06,
                              "closed": 0.05, "reopened": 0.03],
            eachEvent: 10, eachRefusal: 10)
        #expect(shortfalls.isEmpty, "\(shortfalls.joined(separator: "; "))")
    }

    @Test func replayingTheStoredLogFromAnyCutGivesTheStateEachDecisionSaw() async {
        var checked = 0
        await propertyCheck(count: 200, input: Self.scripts, Gen.int(in: 0...Int.max)) { codes, cut in
            let run = ScriptRun(codes)
            // The log as a store holds it: encoded and decoded again, a separate path from the decided events.
            let stored = run.log.map { try! Event.decode(json: Data($0.jsonLine().utf8)) }
            let replayed = IncidentState.replay(stored)
            let same = replayed == run.final
            #expect(same, "replay of the stored log | state decided on:\n\(differences(replayed, run.final))")
            // From a cut anywhere, even inside one command's events: replay the prefix, then apply the tail.
            let at = cut % (stored.count + 1)
            var resumed = IncidentState.replay(stored[..<at])
            for event in stored[at...] { resumed.apply(event) }
            let resumedSame = resumed == run.final
            #expect(resumedSame, "cut after \(at) of \(stored.count) events:\n\(differences(resumed, run.final))")
            // The state a decision saw, at a random step, is the replay of the log written before it.
            guard !run.outcomes.isEmpty else { return }
            let step = cut % run.outcomes.count
            let before = run.outcomes[step].before
            let prefix = IncidentState.replay(stored.prefix(before.lastSequence))
            let prefixSame = prefix == before
            #expect(prefixSame, "state before step \(step):\n\(differences(prefix, before))")
            checked += 1
        }
        #expect(checked >= 150)
    }

    @Test func theStateAgreesWithAnIndependentReadingOfTheLog() async {
        await propertyCheck(count: 200, input: Self.scripts) { codes in
            let run = ScriptRun(codes)
            var written: [Event] = []
            for outcome in run.outcomes {
                written += outcome.events
                let expected = ProcessFacts(reading: written), actual = ProcessFacts(state: outcome.after)
                guard expected == actual else {
                    Issue.record("after \(outcome.step.command) by \(outcome.step.actor), the log says | the state says:\n\(expected.differences(from: actual))")
                    return
                }
            }
        }
    }

    @Test func aRefusalAppendsNothingSaysWhyAndIsTheSameEachTime() async {
        var refusals = 0
        await propertyCheck(count: 200, input: Self.scripts) { codes in
            let run = ScriptRun(codes)
            for outcome in run.outcomes {
                guard let refusal = outcome.refusal else { continue }
                refusals += 1
                #expect(!refusal.what.isEmpty && !refusal.why.isEmpty, "\(outcome.step.command): \(refusal)")
                // Decided again on the state replayed from the log so far: the same refusal, still nothing appended.
                let replayed = IncidentState.replay(run.log.prefix(outcome.before.lastSequence))
                let again = decide(outcome.step.command, state: replayed, context: Self.context(outcome))
                #expect(again.map(\.count) == .failure(refusal), "\(outcome.step.command) by \(outcome.step.actor)")
            }
        }
        #expect(refusals >= 2000)
    }

    @Test func sequencesAreGapFreeAndEveryEventIsByWhoActed() async {
        await propertyCheck(count: 200, input: Self.scripts) { codes in
            let run = ScriptRun(codes)
            #expect(run.log.map(\.sequence) == Array(stride(from: 1, through: run.log.count, by: 1)))
            #expect(Set(run.log.map(\.id)).count == run.log.count)
            #expect(run.log.allSatisfy { $0.incidentID == ProcessScript.incident })
            for outcome in run.outcomes {
                for event in outcome.events {
                    #expect(event.actor == outcome.step.actor, "\(event.payload.kind) by \(event.actor), acted \(outcome.step.actor)")
                    #expect(event.loggedAt == outcome.now && event.occurredAt <= event.loggedAt)
                }
            }
        }
    }

    @Test func leadOnlyDecisionsAndNominationsAreRefusedFromAnyoneElse() async {
        var leadOnlyTried = 0, leadOnlyRefused = 0, nominations = 0
        await propertyCheck(count: 200, input: Self.scripts) { codes in
            for outcome in ScriptRun(codes).outcomes where outcome.before.phase != .none {
                let before = outcome.before, actor = outcome.step.actor
                switch outcome.step.command {
                case .resolve, .downgrade, .log(.productionChange, _, _):
                    leadOnlyTried += 1
                    if before.lead != actor {
                        leadOnlyRefused += 1
                        #expect(outcome.refusal != nil, "\(outcome.step.command) by \(actor) accepted; lead is \(before.lead?.name ?? "nobody")")
                    }
                default: break
                }
                // Only support, the role's holder, or (for comms and support) the lead hands these roles out.
                for event in outcome.events {
                    guard case let .roleAssigned(role, person, _, _, _) = event.payload, [.lead, .comms, .support].contains(role),
                          person != actor || before.isOnTeam(actor) else { continue }
                    nominations += 1
                    let allowed = [before.holder(of: .support), before.holder(of: role), role == .lead ? nil : before.lead].compactMap { $0 }
                    #expect(allowed.contains(actor), "\(actor) made \(person) \(role.rawValue); only \(allowed) may")
                }
            }
        }
        #expect(leadOnlyRefused >= 200 && leadOnlyTried - leadOnlyRefused >= 200 && nominations >= 200,
                "lead-only tried \(leadOnlyTried), by others \(leadOnlyRefused); nominations \(nominations)")
    }

    @Test func afterCloseOnlyReopenIsAccepted() async {
        var tried = 0, reopened = 0
        await propertyCheck(count: 200, input: Self.scripts) { codes in
            for outcome in ScriptRun(codes).outcomes where outcome.before.phase == .closed {
                tried += 1
                if case .reopen = outcome.step.command, outcome.refusal == nil { reopened += 1; continue }
                if case .reopen = outcome.step.command { continue }
                // Who acts is checked first: a name that is no name is refused as such, closed or not.
                let named = !ProcessScript.nonNames.contains(outcome.step.actor)
                #expect(outcome.refusal != nil && (!named || outcome.refusal?.reason == .closed),
                        "\(outcome.step.command) by \(outcome.step.actor) after close: \(outcome.result)")
            }
        }
        #expect(tried >= 300 && reopened >= 10, "tried \(tried) commands after close, \(reopened) reopened")
    }

    @Test func acceptedEventsFollowTheProcess() async {
        await propertyCheck(count: 200, input: Self.scripts) { codes in
            for outcome in ScriptRun(codes).outcomes {
                let before = outcome.before, settings = Self.playbook.escalation
                for event in outcome.events {
                    switch event.payload {
                    case .resolved:
                        #expect(before.phase == .active && before.lead == event.actor)
                    case .closed:
                        let open = Self.playbook.checklist.filter { $0.stage == .afterResolution && before.completedSteps[$0.id] == nil }
                        #expect(before.phase == .resolved && open.isEmpty, "closed with \(open.map(\.id)) open")
                    case .reportPublished(let reason):
                        #expect(before.post.reportWrittenAt != nil && (!before.securitySensitive || reason != nil))
                    case .statuspageStatusChanged(.resolved):
                        #expect(before.phase == .resolved)
                    case let .commsSent(message) where message.status == .resolved:
                        #expect(before.phase == .resolved && message.channel == .statuspage)
                    case .executiveAlertDecided:
                        #expect((settings.levels + [settings.lastResort]).contains { before.escalation[$0.id]?.step == .reached })
                    case let .escalationStepped(level, _, step, _) where level == settings.lastResort.id && step != .unavailable:
                        #expect(settings.levels.allSatisfy { before.escalation[$0.id]?.step == .unavailable })
                    case .reopened:
                        #expect(before.phase == .resolved || before.phase == .closed)
                    default: break
                    }
                }
            }
        }
    }

    @Test func theCommsDueTimeNeverPrecedesTheLastUpdateNorMovesEarlierUnpromised() async {
        var running = 0
        await propertyCheck(count: 200, input: Self.scripts) { codes in
            // The latest Statuspage update as the log records it, read apart from the state.
            var latest: Date?
            for outcome in ScriptRun(codes).outcomes where outcome.refusal == nil {
                for event in outcome.events {
                    if case let .commsSent(message) = event.payload, message.channel == .statuspage {
                        latest = max(latest ?? event.occurredAt, event.occurredAt)
                    }
                }
                let old = CommsClock(state: outcome.before, playbook: Self.playbook, now: outcome.now)
                let new = CommsClock(state: outcome.after, playbook: Self.playbook, now: outcome.now)
                guard new.phase == .running, let due = new.dueAt, let latest else { continue }
                running += 1
                #expect(due >= latest, "due \(due) before the latest update at \(latest), after \(outcome.step.command)")
                guard old.phase == .running, let oldDue = old.dueAt, due < oldDue else { continue }
                #expect(new.promised, "due moved from \(oldDue) to \(due) by \(outcome.step.command)")
            }
        }
        #expect(running >= 1000, "\(running) accepted steps with the clock running")
    }

    @Test func derivedViewsAreConsistentWithTheState() async {
        await propertyCheck(count: 150, input: Self.scripts) { codes in
            for outcome in ScriptRun(codes).outcomes {
                Self.checkViews(outcome.after, now: outcome.now)
            }
        }
    }

    static func checkViews(_ state: IncidentState, now: Date) {
        let roles = RolesView(state: state, now: now)
        #expect(roles.holders.map(\.role) == Role.allCases.filter(\.isSingleHolder))
        for holder in roles.holders {
            let open = state.roleHistory.filter { $0.role == holder.role && $0.until == nil }
            #expect(open.count <= 1 && open.first?.person == holder.person, "\(holder.role): open tenures \(open.map(\.person))")
        }
        #expect(Set(roles.members.compactMap(\.person)).count == roles.members.count)
        #expect((state.phase == .none) == (state.holder(of: .support) == nil))

        let checklist = Checklist(state: state, playbook: playbook, now: now)
        for item in checklist.items {
            #expect((item.status == .done) == (state.completedSteps[item.id] != nil), "\(item.id): \(item.status)")
            if item.status == .later { #expect(item.stage == .afterResolution && state.resolution == nil) }
            if state.phase == .closed { #expect(item.status != .overdue) }
            if state.phase == .closed, item.stage == .afterResolution { #expect(item.status == .done, "closed with \(item.id) open") }
        }
        #expect((state.resolution != nil) == (state.phase == .resolved || state.phase == .closed))
        #expect((state.post.closedAt != nil) == (state.phase == .closed))

        let clock = CommsClock(state: state, playbook: playbook, now: now)
        switch state.phase {
        case .none: #expect(clock.phase == .notDeclared)
        case .closed: #expect(clock.phase == .stopped)
        case .resolved: #expect(clock.phase == (state.comms.finalUpdateAt == nil ? .finalUpdateDue : .stopped))
        case .active: #expect(clock.phase == (state.comms.lastTenantUpdate == nil ? .awaitingFirstUpdate : .running))
        }
        if clock.isRunning { #expect(clock.dueAt != nil && clock.remaining != nil) }

        let ladder = Ladder(state: state, playbook: playbook, now: now)
        #expect(ladder.levels.filter(\.isNext).count <= 1)
        #expect((ladder.levels.first?.kind == .security) == state.securitySensitive)
        let allUnavailable = playbook.escalation.levels.allSatisfy { state.escalation[$0.id]?.step == .unavailable }
        #expect(ladder.levels.last?.available == allUnavailable)
        #expect(zip(state.timeline, state.timeline.dropFirst()).allSatisfy { $0.occurredAt <= $1.occurredAt })
    }

    static func context(_ outcome: ScriptOutcome) -> DecisionContext {
        DecisionContext(now: outcome.now, actor: outcome.step.actor, playbook: Self.playbook, makeEventID: { UUID() })
    }
}

@Suite struct LifecycleSummaryPropertyTests {
    @Test func replayingOnlyLifecycleEventsGivesTheSameSummary() async {
        await propertyCheck(count: 200, input: StateMachinePropertyTests.scripts) { codes in
            let run = ScriptRun(codes)
            let full = run.final
            let partial = IncidentState.replay(run.log.filter { EventPayload.lifecycleKinds.contains($0.payload.kind) })
            #expect(partial.id == full.id)
            #expect(partial.title == full.title)
            #expect(partial.priority == full.priority)
            #expect(partial.phase == full.phase)
            #expect(partial.declaredAt == full.declaredAt)
        }
    }
}
