/// Rules for resolving, downgrading and reopening.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct ResolutionRuleTests {
    @Test func resolutionNamesTheProductAndDeliveryManagers() {
        var s = Scenario.declared(lead: "alex")
        let refusal = s.refused(.resolve(with: ["pat"], note: nil), as: "alex")
        #expect(refusal?.why.contains("delivery manager is not named") == true)
        s.must(.resolve(with: ["pat", "dee"], note: "routers replaced"), as: "alex")
        #expect(s.state.phase == .resolved)
        #expect(s.state.resolution?.productManager == "pat")
        #expect(s.state.resolution?.deliveryManager == "dee")
        #expect(s.state.holder(of: .productManager) == "pat")
    }

    @Test func theProductAndDeliveryManagersAreTwoPeople() {
        var s = Scenario.declared(lead: "alex")
        #expect(s.refused(.resolve(with: ["pat", "Pat"], note: nil), as: "alex")?.why.contains("named twice") == true)
        #expect(s.refused(.downgrade(to: .p3, with: ["dee", "dee"], note: nil), as: "alex")?.why.contains("named twice") == true)
        #expect(s.state.phase == .active)
    }

    @Test func assignedManagersMustBeAmongThoseNamed() {
        var s = Scenario.declared(lead: "alex")
        s.must(.assignRole(.deliveryManager, "dee", productionAccessConfirmed: false), as: "sam")
        #expect(s.refused(.resolve(with: ["pat", "someone"], note: nil), as: "alex")?.why.contains("dee") == true)
        s.must(.resolve(with: ["dee", "pat"], note: nil), as: "alex")
        #expect(s.state.resolution?.productManager == "pat")
        #expect(s.state.resolution?.deliveryManager == "dee")
    }

    @Test func onlyTheLeadRecordsResolution() {
        var s = Scenario.declared(lead: "alex", comms: "cam")
        #expect(s.refused(.resolve(with: ["pat", "dee"], note: nil), as: "cam")?.reason == .notPermitted)
    }

    @Test func downgradeLowersThePriorityAndTheCadenceFollows() {
        var playbook = Playbook.standard
        playbook.cadenceFollowsPriority = true
        var s = Scenario.declared(lead: "alex", playbook: playbook)
        s.must(s.statuspage(), as: "alex")
        #expect(s.refused(.downgrade(to: .p1, with: ["pat", "dee"], note: nil), as: "alex")?.reason == .invalidInput)
        s.must(.downgrade(to: .p3, with: ["pat", "dee"], note: "no longer impacting"), as: "alex")
        #expect(s.state.priority == .p3)
        #expect(s.clock.dueAt == t0.addingTimeInterval(4 * 3600))
        #expect(s.state.phase == .active)
    }

    @Test func reopeningNeedsAReasonAndRestartsComms() {
        var s = Scenario.declared(lead: "alex")
        s.must(s.statuspage(), as: "alex")
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        s.must(s.statuspage("fixed", status: .resolved), as: "alex")
        #expect(s.refused(.reopen(reason: ""), as: "alex")?.reason == .invalidInput)
        s.advance(minutes: 10)
        s.must(.reopen(reason: "errors are back"), as: "alex")
        #expect(s.state.phase == .active)
        #expect(s.state.resolution == nil)
        #expect(s.clock.isRunning)
        // Tenants were told it was fixed: they are owed an update at once, not a cadence after the last one.
        #expect(s.clock.dueAt == s.now)
        #expect(s.clock.isDueNow, "due now, overdue after the grace")
        #expect(s.refused(.reopen(reason: "again"), as: "alex")?.reason == .wrongPhase)
        s.advance(minutes: 1)
        s.must(s.statuspage("errors are back", status: .investigating), as: "alex")
        #expect(s.clock.dueAt == s.now.addingTimeInterval(60 * 60))
    }

    @Test func afterAReopenTheFinalResolvedUpdateCanBeMadeAgain() {
        var s = Scenario.declared(lead: "alex")
        s.must(s.statuspage(), as: "alex")
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        s.must(.setStatuspageStatus(.resolved), as: "alex")
        s.must(.reopen(reason: "errors are back"), as: "alex")
        // Nobody changed Statuspage back; once resolved again, marking it resolved is still the final update.
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        #expect(s.clock.phase == .finalUpdateDue)
        s.must(.setStatuspageStatus(.resolved), as: "alex")
        #expect(s.clock.phase == .stopped)
        #expect(s.refused(.setStatuspageStatus(.resolved), as: "alex")?.reason == .alreadyDone)
    }
}
