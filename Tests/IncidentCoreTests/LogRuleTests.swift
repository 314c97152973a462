/// Rules for the timeline: who may log a production change, back-dating, correcting, striking out.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct LogRuleTests {
    @Test func onlyTheLeadLogsAProductionChange() {
        var s = Scenario.declared(by: "sam", lead: "alex", comms: "cam")
        let refusal = s.refused(.log(.productionChange, text: "scaled routers", at: nil), as: "cam")
        #expect(refusal?.reason == .notPermitted)
        #expect(refusal?.why == "Only the incident lead (alex) makes production changes.")
        #expect(refusal?.instead.contains("Ask alex") == true)
        s.must(.log(.productionChange, text: "scaled routers", at: nil), as: "alex")
        #expect(s.state.timeline.last?.category == .entry(.productionChange))
    }

    @Test func noProductionChangeWithoutALead() {
        var s = Scenario.declared()
        #expect(s.refused(.log(.productionChange, text: "x", at: nil), as: "sam")?.why.contains("no lead") == true)
    }

    @Test(arguments: [EntryKind.action, .finding, .decision, .note])
    func anyoneMayLogOtherEntries(kind: EntryKind) {
        var s = Scenario.declared(lead: "alex")
        s.must(.log(kind, text: "something", at: nil), as: "someone-else")
        #expect(s.state.timeline.last?.category == .entry(kind))
        #expect(s.state.timeline.last?.actor == "someone-else")
    }

    @Test func backDatedEntriesTakeTheirPlaceInTime() {
        var s = Scenario.declared(lead: "alex")
        s.advance(minutes: 30)
        s.must(.log(.action, text: "later", at: nil), as: "alex")
        s.must(.log(.action, text: "earlier", at: t0.addingTimeInterval(600)), as: "alex")
        let texts = s.state.timeline.filter(\.isLogEntry).map(\.text)
        #expect(texts == ["earlier", "later"])
        let earlier = s.state.timeline.first { $0.text == "earlier" }
        #expect(earlier?.isBackdated == true)
        #expect(earlier?.loggedAt == s.now)
    }

    @Test func futureTimesAreRefused() {
        var s = Scenario.declared()
        #expect(s.refused(.log(.action, text: "x", at: s.now.addingTimeInterval(120)), as: "sam")?.why.contains("future") == true)
    }

    @Test func backDatingMoreThanAWeekBeforeTheDeclarationIsRefused() {
        var s = Scenario.declared()
        let declared = s.now
        let refusal = s.refused(.log(.action, text: "x", at: declared.addingTimeInterval(-7 * 86_400 - 60)), as: "sam")
        #expect(refusal?.reason == .invalidInput)
        #expect(refusal?.why.contains("more than a week before") == true)
        s.must(.log(.action, text: "x", at: declared.addingTimeInterval(-7 * 86_400 + 60)), as: "sam")
    }

    @Test func timesTheRecordCannotHoldAreRefusedNotCrashedOn() {
        var s = Scenario.declared()
        for date in [Date.distantPast, Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: -1e15)] {
            let refusal = s.refused(.log(.action, text: "x", at: date), as: "sam")
            #expect(refusal?.why.contains("not a date the record can hold") == true, "\(date)")
        }
    }

    @Test func correctionAppendsAndKeepsTheOriginal() throws {
        var s = Scenario.declared(lead: "alex")
        s.must(.log(.finding, text: "db at 90% cpu", at: nil), as: "alex")
        let entry = try #require(s.state.timeline.last)
        let countBefore = s.log.count
        s.must(.correct(entry: entry.id, text: "db at 99% cpu"), as: "alex")
        #expect(s.log.count == countBefore + 1)
        let item = try #require(s.state.item(entry.id))
        #expect(item.originalText == "db at 90% cpu")
        #expect(item.text == "db at 99% cpu")
        #expect(item.corrections.count == 1)
    }

    @Test func strikingOutKeepsTheEntryAndItsReason() throws {
        var s = Scenario.declared(lead: "alex")
        s.must(.log(.action, text: "rebooted", at: nil), as: "alex")
        let entry = try #require(s.state.timeline.last)
        s.must(.strike(entry: entry.id, reason: "logged on the wrong incident"), as: "alex")
        #expect(s.state.item(entry.id)?.strike?.reason == "logged on the wrong incident")
        #expect(s.state.item(entry.id)?.originalText == "rebooted")
        #expect(s.refused(.strike(entry: entry.id, reason: "again"), as: "alex")?.reason == .alreadyDone)
        #expect(s.refused(.correct(entry: entry.id, text: "new"), as: "alex")?.reason == .alreadyDone)
    }

    @Test func onlyLoggedEntriesCanBeCorrected() throws {
        var s = Scenario.declared(lead: "alex")
        let declared = try #require(s.state.timeline.first)
        #expect(s.refused(.correct(entry: declared.id, text: "x"), as: "alex")?.reason == .unknownName)
        #expect(s.refused(.correct(entry: UUID(), text: "x"), as: "alex")?.reason == .unknownName)
    }

    @Test func emptyTextIsRefused() {
        var s = Scenario.declared()
        #expect(s.refused(.log(.note, text: " \n ", at: nil), as: "sam")?.reason == .invalidInput)
    }

    @Test func aClosedIncidentRefusesEverythingButReopen() {
        var s = ClosingTests.closedIncident()
        let refusal = s.refused(.log(.note, text: "late note", at: nil), as: "alex")
        #expect(refusal?.reason == .closed)
        s.must(.reopen(reason: "it came back"), as: "alex")
        #expect(s.state.phase == .active)
    }
}
