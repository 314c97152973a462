/// True times: commands recorded afterwards are judged at their time; key times keep their order; durations
/// count active periods only; an incident written up after the fact can be declared in the past.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct TrueTimeTests {
    @Test func aBackdatedProductionChangeIsJudgedByWhoWasLeadThen() {
        var s = Scenario.declared(lead: "alex", comms: "cam")
        let alexLead = s.now
        s.advance(minutes: 30)
        s.must(.handOverRole(.lead, to: "kim", productionAccessConfirmed: true), as: "alex")
        s.advance(minutes: 30)
        // At that time alex was lead: alex's change is accepted, kim's refused, naming alex.
        let then = alexLead.addingTimeInterval(10 * 60)
        s.must(.log(.productionChange, text: "restarted router 2", at: then), as: "alex")
        let kim = s.refused(.backdated(.log(.productionChange, text: "failed over", at: nil), at: then), as: "kim")
        #expect(kim?.reason == .notPermitted && kim?.why.contains("alex") == true)
        // Now kim is lead.
        s.must(.log(.productionChange, text: "failed back", at: nil), as: "kim")
        #expect(s.refused(.log(.productionChange, text: "x", at: nil), as: "alex")?.reason == .notPermitted)
    }

    @Test func everyRecordingCommandTakesATimeAndKeepsItsLoggedAt() throws {
        var s = Scenario.declared(lead: "alex", comms: "cam")
        s.advance(minutes: 120)
        let at = t0.addingTimeInterval(20 * 60)
        let events = s.must(.backdated(.escalate(level: "techops-programme-director", step: .contacting, note: nil), at: at), as: "alex")
        let event = try #require(events.last)
        #expect(event.occurredAt == at && event.loggedAt == s.now)
        #expect(s.state.timeline.first { $0.id == event.id }?.isBackdated == true)
        s.must(.backdated(s.statuspage(), at: at), as: "cam")
        #expect(s.state.comms.statuspageOpenedAt == at)
        s.must(.backdated(.setStatuspageStatus(.identified), at: at.addingTimeInterval(60)), as: "cam")
        s.must(.backdated(.assignRole(.member, "kim", productionAccessConfirmed: false), at: at), as: "alex")
        #expect(s.state.members.first { $0.person == "kim" }?.from == at)
        s.must(.backdated(.resolve(with: ["pat", "dee"], note: nil), at: t0.addingTimeInterval(100 * 60)), as: "alex")
        #expect(s.state.resolution?.at == t0.addingTimeInterval(100 * 60))
        // Before the declaration it cannot be resolved; in the future nothing is.
        #expect(s.refused(.backdated(.reopen(reason: "x"), at: t0.addingTimeInterval(60 * 60)), as: "alex") != nil)
        #expect(s.refused(.backdated(.reopen(reason: "x"), at: s.now.addingTimeInterval(60)), as: "alex")?.reason == .invalidInput)
        #expect(s.refused(.backdated(.backdated(.close, at: at), at: at), as: "alex")?.reason == .invalidInput)
    }

    @Test func aBackdatedResolutionIsDecidedByTheLeadThenAndNotBeforeTheDeclaration() {
        var s = Scenario.declared(lead: "alex", comms: "cam")
        s.advance(minutes: 60)
        s.must(.handOverRole(.lead, to: "kim", productionAccessConfirmed: true), as: "alex")
        s.advance(minutes: 10)
        #expect(s.refused(.backdated(.resolve(with: ["pat", "dee"], note: nil), at: t0.addingTimeInterval(30 * 60)), as: "kim")?.why.contains("alex") == true)
        #expect(s.refused(.backdated(.resolve(with: ["pat", "dee"], note: nil), at: t0.addingTimeInterval(-60)), as: "alex") != nil)
        s.must(.backdated(.resolve(with: ["pat", "dee"], note: nil), at: t0.addingTimeInterval(30 * 60)), as: "alex")
    }

    @Test func aHandOverIsNotBackdatedBeforeALaterOne() {
        var s = Scenario.declared(lead: "alex")
        s.advance(minutes: 30)
        s.must(.handOverRole(.lead, to: "kim", productionAccessConfirmed: true), as: "alex")
        s.advance(minutes: 30)
        let refusal = s.refused(.backdated(.assignRole(.lead, "lou", productionAccessConfirmed: true), at: t0.addingTimeInterval(10 * 60)), as: "sam")
        #expect(refusal?.why.contains("kim took") == true)
    }

    @Test func keyTimesKeepTheirOrder() {
        var s = Scenario.declared(lead: "alex")
        s.advance(minutes: 60)
        s.must(.backdated(.markKeyTime(.impactStarted, note: "first 5xx"), at: t0.addingTimeInterval(-40 * 60)), as: "alex")
        s.must(.backdated(.markKeyTime(.detected, note: nil), at: t0.addingTimeInterval(-10 * 60)), as: "alex")
        #expect(s.refused(.backdated(.markKeyTime(.mitigated, note: nil), at: t0.addingTimeInterval(-20 * 60)), as: "alex")?.why.contains("detected") == true)
        #expect(s.refused(.backdated(.markKeyTime(.impactStarted, note: nil), at: t0.addingTimeInterval(5 * 60)), as: "alex") != nil)
        s.must(.markKeyTime(.mitigated, note: nil), as: "alex")
        #expect(s.refused(.backdated(.markKeyTime(.recovered, note: nil), at: t0.addingTimeInterval(-5 * 60)), as: "alex")?.why.contains("mitigated") == true)
        let times = KeyTimes(state: s.state)
        #expect(times.timeToDetect?.rounded() == 30 * 60 && times.timeToMitigate?.rounded() == 100 * 60 && !times.impactStartAssumed)
    }

    @Test func theWeekWindowCountsFromTheEarliestRecordedTime() {
        var s = Scenario.declared(lead: "alex")
        let eightDays = t0.addingTimeInterval(-8 * 86_400)
        #expect(s.refused(.log(.finding, text: "disk filling", at: eightDays), as: "alex")?.instead.contains("impact-started") == true)
        s.must(.backdated(.markKeyTime(.impactStarted, note: nil), at: t0.addingTimeInterval(-6 * 86_400)), as: "alex")
        s.must(.log(.finding, text: "disk filling", at: eightDays), as: "alex")
    }

    @Test func anIncidentWrittenUpAfterTheFactIsDeclaredAndResolvedInThePast() {
        var s = Scenario()
        s.now = t0.addingTimeInterval(400 * 86_400)
        s.must(.backdated(.declare(id: Scenario.id, title: "Old outage", priority: .p2, securitySensitive: false), at: t0), as: "sam")
        #expect(s.state.declaredAt == t0 && s.log.first?.loggedAt == s.now)
        s.must(.backdated(.assignRole(.lead, "sam", productionAccessConfirmed: true), at: t0.addingTimeInterval(60)), as: "sam")
        s.must(.log(.action, text: "restarted", at: t0.addingTimeInterval(600)), as: "sam")
        s.must(.backdated(.resolve(with: ["pat", "dee"], note: nil), at: t0.addingTimeInterval(90_660)), as: "sam")
        #expect(formatDuration(KeyTimes(state: s.state).activeTime ?? 0) == "1d 1h 11m")
        #expect(s.refused(.backdated(.declare(id: "X", title: "t", priority: nil, securitySensitive: false), at: s.now.addingTimeInterval(60)), as: "sam") != nil)
    }

    @Test func totalTimeResolvedCountsActivePeriodsOnly() {
        var s = Scenario.declared(lead: "alex")
        s.advance(minutes: 60)
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        s.advance(minutes: 24 * 60)
        s.must(.reopen(reason: "again"), as: "alex")
        s.advance(minutes: 11)
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        let times = KeyTimes(state: s.state)
        #expect(times.activeTime.map { Int($0.rounded()) } == 71 * 60)
        #expect(Durations(state: s.state, playbook: .standard, now: s.now).toResolution.map { Int($0.rounded()) } == 71 * 60)
        #expect(s.state.activePeriods.count == 2)
        #expect(formatDuration(times.totalImpact ?? 0) == "1d 1h 11m")
    }

    @Test func durationsAreExactToTheMinute() {
        #expect(formatDuration(86_400 + 11 * 60) == "1d 0h 11m")
        #expect(formatDuration(2 * 86_400 + 3 * 3600 + 5 * 60 + 59) == "2d 3h 05m")
        #expect(formatDuration(3600 + 60) == "1h 01m")
        #expect(formatDuration(59) == "59s")
    }

    @Test func theTimelineKeepsTypedValuesAndIsWordedWhenShown() throws {
        var s = Scenario.declared(lead: "alex", comms: "cam")
        s.must(.handOverRole(.lead, to: "kim", productionAccessConfirmed: true), as: "alex")
        let item = try #require(s.state.timeline.last)
        guard case let .roleAssigned(role, person, previous, _, _) = item.payload else {
            Issue.record("the item does not hold the role assignment"); return
        }
        #expect(role == .lead && person == "kim" && previous == "alex")
        #expect(item.text.contains("alex") && item.text.contains("kim"))
        let byRole = item.payload.summary(naming: { _ in "a responder" })
        #expect(!byRole.contains("alex") && !byRole.contains("kim"))
    }
}
