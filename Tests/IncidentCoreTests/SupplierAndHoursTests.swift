/// Suppliers reachable now and by which route, in hours and out of hours, the start-work clock and the comms suggestion.
import Foundation
import Testing
@testable import IncidentCore

/// A UTC time on a day: 2026-11-18 is a Wednesday (London is on UTC in November).
func utc(_ text: String) -> Date { Timestamp.parse(text + ".000Z")! }

@Suite struct SupplierViewTests {
    @Test func dataDogsChatIsOpenAtFourInTheAfternoonAndClosedAtTwoInTheMorning() throws {
        let afternoon = SuppliersView(playbook: .standard, now: utc("2026-11-18T16:00:00"))
        let datadog = try #require(afternoon.supplier("datadog"))
        #expect(datadog.reachableNow.map(\.route.kind) == [.chat, .email])
        #expect(datadog.routes[0].closesAt == utc("2026-11-19T00:00:00"))

        let night = SuppliersView(playbook: .standard, now: utc("2026-11-19T02:00:00"))
        let closed = try #require(night.supplier("DataDog"))
        #expect(!closed.routes[0].openNow)
        #expect(closed.routes[0].nextOpening == utc("2026-11-19T15:00:00"))
        #expect(closed.routes[1].acceptsRequestsNow && !closed.routes[1].openNow)
        #expect(closed.routes[1].nextOpening == utc("2026-11-19T09:00:00"))
        #expect(closed.nextOpening == utc("2026-11-19T09:00:00"))
    }

    @Test func awsIsAlwaysReachableAndAivenIsBestEffortOnBusinessDays() throws {
        let saturday = SuppliersView(playbook: .standard, now: utc("2026-11-21T12:00:00"))
        #expect(try #require(saturday.supplier("AWS")).reachableNow.count == 3)
        let aiven = try #require(saturday.supplier("Aiven"))
        #expect(!aiven.isReachableNow && aiven.routes[0].acceptsRequestsNow)
        #expect(aiven.nextOpening == utc("2026-11-23T09:00:00"))
    }

    @Test func hoursPastMidnightAndHolidays() {
        let late = WeeklyHours(timeZone: "UTC", days: [.fri], ranges: [DailyRange(text: "22:00-02:00")!], holidays: ["2026-11-27"])
        #expect(late.isOpen(at: utc("2026-11-21T01:00:00")))  // Saturday 01:00 belongs to Friday's span
        #expect(!late.isOpen(at: utc("2026-11-21T02:00:00")))
        #expect(!late.isOpen(at: utc("2026-11-27T23:00:00")))  // a holiday Friday
        #expect(late.nextOpening(after: utc("2026-11-21T03:00:00")) == utc("2026-12-04T22:00:00"))
        // On the day London's clocks go forward, 09:00-17:00 local is 08:00-16:00 UTC.
        let sunday = WeeklyHours(timeZone: "Europe/London", days: [.sun], ranges: [DailyRange(text: "09:00-17:00")!])
        #expect(sunday.isOpen(at: utc("2026-03-29T08:30:00")) && !sunday.isOpen(at: utc("2026-03-29T16:30:00")))
        #expect(sunday.nextOpening(after: utc("2026-03-29T02:00:00")) == utc("2026-03-29T08:00:00"))
        #expect(DailyRange(text: "9:00-17:00") == nil && DailyRange(text: "15:00-00:00")?.endMinute == 1440)
    }

    @Test func supplierContactsAreRecordedWithTheirReference() throws {
        var s = Scenario.declared(lead: "alex")
        #expect(s.refused(.recordSupplierContact(supplier: "Acme", step: .contacted, reference: nil), as: "alex")?.reason == .unknownName)
        #expect(s.refused(.recordSupplierContact(supplier: "aws", step: .answered, reference: nil), as: "alex")?.reason == .wrongPhase)
        #expect(s.refused(.recordSupplierContact(supplier: "aws", step: .case, reference: nil), as: "alex")?.reason == .invalidInput)
        let events = s.must(.recordSupplierContact(supplier: "aws", step: .case, reference: "CASE-123"), as: "alex")
        #expect(events.last?.payload == .supplierContacted(supplier: "AWS", step: .case, reference: "CASE-123"))
        s.must(.recordSupplierContact(supplier: "AWS", step: .answered, reference: nil), as: "alex")
        let contact = try #require(SuppliersView(playbook: s.playbook, state: s.state, now: s.now).supplier("AWS")?.lastContact)
        #expect(contact.step == .answered && contact.reference == "CASE-123")
        #expect(s.state.timeline.last?.text == "Supplier AWS: answered")
    }
}

@Suite struct WorkingHoursTests {
    @Test func inHoursAndOutOfHours() {
        let afternoon = HoursView(playbook: .standard, now: utc("2026-11-18T16:00:00"))
        #expect(afternoon.inHours && afternoon.label == "in hours" && afternoon.changesAt == utc("2026-11-18T17:00:00"))
        let night = HoursView(playbook: .standard, now: utc("2026-11-19T02:00:00"))
        #expect(!night.inHours && night.label == "out of hours" && night.changesAt == utc("2026-11-19T09:00:00"))
        var holiday = Playbook.standard
        holiday.workingHours.hours.holidays = ["2026-11-18"]
        #expect(!HoursView(playbook: holiday, now: utc("2026-11-18T16:00:00")).inHours)
    }

    static func declared(at time: String) -> Scenario {
        var s = Scenario(playbook: .standard)
        s.now = utc(time)
        s.must(.declare(id: Scenario.id, title: "Apps unreachable", priority: .p1, securitySensitive: false), as: "sam")
        return s
    }

    @Test func theStartWorkClockIsTwentyMinutesInHoursAndFortyOutOfHours() {
        var day = Self.declared(at: "2026-11-18T16:00:00")
        var clock = StartWorkClock(state: day.state, playbook: day.playbook, now: day.now)
        #expect(clock.limitMinutes == 20 && !clock.outOfHours && clock.status == .running)
        #expect(clock.dueAt == utc("2026-11-18T16:20:00"))
        day.advance(minutes: 21)
        #expect(StartWorkClock(state: day.state, playbook: day.playbook, now: day.now).status == .overdue)
        day.must(.log(.note, text: "Looking", at: nil), as: "sam")
        #expect(StartWorkClock(state: day.state, playbook: day.playbook, now: day.now).status == .overdue)
        day.must(.log(.finding, text: "Router down", at: nil), as: "sam")
        clock = StartWorkClock(state: day.state, playbook: day.playbook, now: day.now)
        #expect(clock.status == .late && clock.workStartedAt == day.now)

        var night = Self.declared(at: "2026-11-19T02:00:00")
        clock = StartWorkClock(state: night.state, playbook: night.playbook, now: night.now)
        #expect(clock.limitMinutes == 40 && clock.outOfHours)
        night.advance(minutes: 35)
        #expect(StartWorkClock(state: night.state, playbook: night.playbook, now: night.now).status == .soon)
        night.must(.log(.action, text: "Restarted the router", at: nil), as: "sam")
        #expect(StartWorkClock(state: night.state, playbook: night.playbook, now: night.now).status == .met)
    }

    @Test func aPriorityWithoutALimitHasNoClock() {
        var s = Scenario(playbook: .standard)
        s.must(.declare(id: Scenario.id, title: "Slow", priority: .p4, securitySensitive: false), as: "sam")
        #expect(StartWorkClock(state: s.state, playbook: s.playbook, now: s.now).status == .none)
    }

    @Test func outOfHoursTheRotaPersonIsSuggestedForComms() {
        var playbook = Playbook.standard
        playbook.roster = [RosterEntry(name: "kim", productionAccess: true),
                           RosterEntry(name: "rota-ravi", productionAccess: true, contact: ContactDetails(phone: "+44 7700 900000"), escalationRota: true)]
        let night = CommsSuggestion(playbook: playbook, now: utc("2026-11-19T02:00:00"))
        #expect(night.outOfHours && night.suggested == "rota-ravi")
        let day = CommsSuggestion(playbook: playbook, now: utc("2026-11-18T16:00:00"))
        #expect(!day.outOfHours && day.suggested == nil)
        let unknown = CommsSuggestion(playbook: .standard, now: utc("2026-11-19T02:00:00"))
        #expect(unknown.suggested == nil && unknown.rotaSteps.count == 3)
    }
}
