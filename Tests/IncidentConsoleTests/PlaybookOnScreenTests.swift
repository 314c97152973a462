/// The playbook's data on screen: suppliers, who to call with their contacts, in or out of hours, the start-work clock.
import Foundation
@testable import IncidentConsole
import IncidentCore
import ScreenGrid
import SnapshotTesting
import XCTest

/// Monday 2026-11-30 16:00 UTC (London is on UTC in winter): in hours, DataDog's chat open.
let mondayAfternoon = Date(timeIntervalSince1970: 1_796_054_400)
/// Tuesday 2026-12-01 02:00 UTC: out of hours, DataDog's chat closed until 15:00.
let tuesdayNight = mondayAfternoon.addingTimeInterval(10 * 3600)

final class PlaybookOnScreenTests: XCTestCase {
    /// A P1 declared at `time` by sam, `minutes` ago.
    private func declared(at time: Date, minutes: Double = 2, playbook: Playbook = .standard) -> Story {
        var story = Story(now: time, playbook: playbook)
        story.run(.declare(id: Story.id, title: "Apps unreachable in London", priority: .p1, securitySensitive: false), as: "sam")
        story.advance(minutes: minutes)
        return story
    }

    private func suppliersScreen(_ story: Story, width: Int, height: Int) -> (ConsoleModel, ConsoleSnapshot) {
        let snapshot = story.snapshot(actor: "sam", width: width, height: height)
        var model = ConsoleModel()
        _ = model.type(keys("S"), snapshot)
        return (model, snapshot)
    }

    func testTheTimesAreTheOnesNamed() {
        XCTAssertEqual(Timestamp.format(mondayAfternoon), "2026-11-30T16:00:00.000Z")
        XCTAssertEqual(Timestamp.format(tuesdayNight), "2026-12-01T02:00:00.000Z")
    }

    // MARK: Suppliers

    func testSuppliersViewInTheAfternoon() {
        for (width, height) in [(80, 24), (120, 40)] {
            let (model, snapshot) = suppliersScreen(declared(at: mondayAfternoon), width: width, height: height)
            let text = screenText(model, snapshot)
            XCTAssertTrue(text.contains("Suppliers at 16:02 London"), text)
            XCTAssertTrue(text.contains("open until 1 Dec 00:00 · chat: https://www.datadoghq.com/support/"), text)
            assertSnapshot(of: text, as: .lines, named: "\(width)x\(height)")
        }
    }

    func testSuppliersViewAtNight() {
        for (width, height) in [(80, 24), (120, 40)] {
            let (model, snapshot) = suppliersScreen(declared(at: tuesdayNight), width: width, height: height)
            var scrolled = model
            _ = scrolled.type([.character("G")], snapshot)
            let text = screenText(model, snapshot) + "\n" + screenText(scrolled, snapshot)
            XCTAssertTrue(text.contains("closed until 15:00 · chat: https://www.datadoghq.com/support/"), text)
            XCTAssertTrue(text.contains("takes requests, answered from 09:00 · email: support@aiven.io"), text)
            assertSnapshot(of: screenText(model, snapshot), as: .lines, named: "\(width)x\(height)")
        }
    }

    func testRecordingASupplierContactFromTheView() throws {
        var story = declared(at: tuesdayNight)
        var (model, snapshot) = suppliersScreen(story, width: 100, height: 30)
        // AWS, a support case, its reference.
        XCTAssertEqual(model.type(keys("r"), snapshot), [])
        XCTAssertEqual(model.type([.enter, .character("2")], snapshot), [])
        let effects = model.type(keys("12345") + [.enter], snapshot)
        XCTAssertEqual(effects, [.perform(.recordSupplierContact(supplier: "AWS", step: .case, reference: "12345"))])

        story.run(.recordSupplierContact(supplier: "AWS", step: .case, reference: "12345"), as: "sam")
        snapshot = story.snapshot(actor: "sam", width: 100, height: 30)
        XCTAssertTrue(screenText(model, snapshot).contains("Recorded: support case opened at 02:02 by sam, case 12345"))
        // The next contact with AWS is offered as answered, with the case reference filled in.
        _ = model.type(keys("r") + [.enter], snapshot)
        XCTAssertEqual(model.type([.enter], snapshot), [])
        XCTAssertEqual(promptText(model), "12345")
        XCTAssertEqual(model.type([.enter], snapshot), [.perform(.recordSupplierContact(supplier: "AWS", step: .answered, reference: "12345"))])
    }

    func testTheSuppliersViewClosesAndIsOnlyOnTheIncidentScreen() {
        let story = declared(at: tuesdayNight)
        var (model, snapshot) = suppliersScreen(story, width: 100, height: 30)
        XCTAssertEqual(model.keyContext(for: snapshot).mode, .suppliers)
        _ = model.type([.escape], snapshot)
        XCTAssertEqual(model.keyContext(for: snapshot).mode, .incident)
        _ = model.type(keys("S"), snapshot)
        _ = model.type(keys("S"), snapshot)
        XCTAssertEqual(model.keyContext(for: snapshot).mode, .incident)
        // A key of the incident screen does not reach through the view.
        _ = model.type(keys("S"), snapshot)
        XCTAssertEqual(model.type(keys("a"), snapshot), [])
        XCTAssertNil(model.question)
        snapshot = ConsoleSnapshot(now: tuesdayNight, timeZone: london, actor: "sam", size: Size(width: 100, height: 30))
        var welcome = ConsoleModel()
        _ = welcome.type(keys("S"), snapshot)
        XCTAssertEqual(welcome.keyContext(for: snapshot).mode, .welcome)
    }

    // MARK: Who to call

    private var playbookWithContacts: Playbook {
        var playbook = Playbook.standard
        playbook.escalation.levels[0].contacts = [
            LevelContact(name: "Jo Bloggs", details: ContactDetails(phone: "07700 900123", chat: "@jo", notes: "not before 07:00 on Sundays")),
            LevelContact(name: "Sam Deputy", details: ContactDetails(phone: "07700 900456")),
        ]
        playbook.roster = [RosterEntry(name: "ana", productionAccess: true, contact: ContactDetails(phone: "07700 900789"), escalationRota: true)]
        playbook.emergencyContactsDocument = "PaaS Emergency contacts (restricted): https://docs.example.org/emergency"
        return playbook
    }

    func testEscalationPaneShowsWhoToCallAndHow() {
        for (width, height) in [(80, 24), (120, 40)] {
            var story = declared(at: tuesdayNight, playbook: playbookWithContacts)
            story.run(.escalate(level: "techops-programme-director", step: .contacting, note: nil), as: "sam")
            story.advance(minutes: 3)
            var model = ConsoleModel()
            let snapshot = story.snapshot(actor: "sam", width: width, height: height)
            _ = model.type(keys("4"), snapshot)
            let text = screenText(model, snapshot)
            XCTAssertTrue(text.contains("Call: Jo Bloggs 07700 900123,"), text)
            if height == 40 { XCTAssertTrue(text.contains("Call: Sam Deputy 07700 900456"), text) }
            assertSnapshot(of: text, as: .lines, named: "\(width)x\(height)")
        }
    }

    func testMissingContactsPointToTheEmergencyContactsDocument() {
        var story = declared(at: tuesdayNight, playbook: playbookWithContacts)
        story.run(.escalate(level: "techops-programme-director", step: .unavailable, note: "on leave"), as: "sam")
        let text = screenText(story.snapshot(actor: "sam", width: 160, height: 50))
        XCTAssertTrue(text.contains("it: contact the Head of"), text)
        XCTAssertTrue(text.contains("Contacts: PaaS Emergency contacts"), text)
        XCTAssertTrue(text.contains("https://docs.example.org/emergency"), text)
        XCTAssertFalse(text.contains("Call: Jo Bloggs"), "only the level to call now has its contacts shown")
        XCTAssertTrue(text.contains("On the escalation rota: ana 07700"), text)
    }

    func testALevelNotAnsweringTurnsAmberThenRedAndTheBannerSaysSo() {
        var story = declared(at: mondayAfternoon)
        story.run(.log(.action, text: "Restarted the router", at: nil), as: "sam")
        story.run(.sendComms(CommsRequest(channel: .statuspage, text: "Investigating.", status: .investigating, components: ["apps"])), as: "sam")
        story.run(.escalate(level: "techops-programme-director", step: .contacting, note: nil), as: "sam")
        func statusStyle(_ story: Story) -> Style? {
            let grid = ConsoleRenderer.render(ConsoleModel(), story.snapshot(actor: "sam", width: 160, height: 50))
            for y in 0..<grid.height {
                let line = grid.textLines()[y]
                if let range = line.range(of: "contacting since") {
                    return grid[line.distance(from: line.startIndex, to: range.lowerBound), y].style
                }
            }
            return nil
        }
        XCTAssertEqual(statusStyle(story), Theme.standard.normal)
        story.advance(minutes: 12)
        XCTAssertEqual(statusStyle(story), Theme.standard.warn)
        XCTAssertFalse(BannerView.text(story.state, context: RenderContext(story.snapshot()))?.contains("No answer") ?? false)
        story.advance(minutes: 3)
        XCTAssertEqual(statusStyle(story), Theme.standard.danger)
        XCTAssertEqual(BannerView.text(story.state, context: RenderContext(story.snapshot())),
                       "No answer from TechOps Programme Director — press e: reached, or unavailable and move on")
    }

    // MARK: Hours and the start-work clock

    func testHeaderSaysInHoursOrOutOfHoursAndWhoIsAtTheKeyboard() {
        let day = screenText(declared(at: mondayAfternoon).snapshot(actor: "sam", width: 80, height: 24)).split(separator: "\n")
        XCTAssertTrue(day[0].hasPrefix(" P1  in hours  Apps unreachable"), String(day[0]))
        XCTAssertTrue(day[0].contains("sam · INC-20260701-K7Q  ACTIVE"), String(day[0]))
        let night = screenText(declared(at: tuesdayNight).snapshot(actor: "sam", width: 80, height: 24)).split(separator: "\n")
        XCTAssertTrue(night[0].hasPrefix(" P1  out of hours  Apps unreachable"), String(night[0]))
    }

    func testStartWorkClockRunsUntilTheFirstActionOrFinding() {
        // In hours a P1's work starts within 20 minutes; out of hours within 40.
        var day = declared(at: mondayAfternoon)
        XCTAssertTrue(headerRow(day, width: 120).contains("Start work by 16:20: 18:00 left"), headerRow(day, width: 120))
        XCTAssertTrue(headerRow(day, width: 80).contains("Start work: 18:00 left"), headerRow(day, width: 80))
        let night = declared(at: tuesdayNight)
        XCTAssertTrue(headerRow(night, width: 120).contains("Start work by 02:40: 38:00 left"), headerRow(night, width: 120))

        day.advance(minutes: 20)
        XCTAssertTrue(headerRow(day, width: 120).contains("Start work by 16:20: OVERDUE by 02:00"), headerRow(day, width: 120))
        XCTAssertTrue(headerRow(day, width: 80).contains("Start work OVERDUE"), headerRow(day, width: 80))
        day.run(.log(.note, text: "Looking at the dashboards", at: nil), as: "sam")
        XCTAssertTrue(headerRow(day, width: 120).contains("Start work"), "a note is not the start of work")
        day.run(.log(.finding, text: "Router pool at 100% CPU", at: nil), as: "sam")
        XCTAssertFalse(headerRow(day, width: 120).contains("Start work"), headerRow(day, width: 120))
        XCTAssertTrue(headerRow(day, width: 120).contains("Declared 16:00, 22m ago"), headerRow(day, width: 120))
    }

    func testStartWorkOverdueRingsAndIsBannered() {
        var story = declared(at: mondayAfternoon)
        story.run(.sendComms(CommsRequest(channel: .statuspage, text: "Investigating.", status: .investigating, components: ["apps"])), as: "sam")
        story.advance(minutes: 17)
        var schedule = ReminderSchedule()
        func alerts() -> [ReminderAlert.Reason] {
            schedule.alerts(now: story.now, overdue: OverdueView(state: story.state, playbook: story.playbook, now: story.now), repeatMinutes: 5).map(\.reason)
        }
        XCTAssertFalse(alerts().contains(.startWorkOverdue))
        story.advance(minutes: 1)
        XCTAssertTrue(alerts().contains(.startWorkOverdue))
        XCTAssertEqual(BannerView.text(story.state, context: RenderContext(story.snapshot())),
                       "Start work overdue by 00:00 — log the first action (a) or finding (f)")
        XCTAssertEqual(IncidentAlarm.summary(story.state, playbook: story.playbook, now: story.now), "start work overdue")
        story.run(.log(.action, text: "Restarted the router", at: nil), as: "sam")
        XCTAssertFalse(alerts().contains(.startWorkOverdue))
    }

    func testOutOfHoursTheCommsQuestionOffersTheRotaPerson() {
        let night = declared(at: tuesdayNight, playbook: playbookWithContacts)
        var model = ConsoleModel()
        let snapshot = night.snapshot(actor: "sam")
        _ = model.type(keys("r") + [.character("2")], snapshot)
        XCTAssertEqual(promptText(model), "ana")
        XCTAssertTrue(model.question?.notes.contains("Out of hours the person on the escalation rota may do comms (ana).") ?? false)

        let day = declared(at: mondayAfternoon, playbook: playbookWithContacts)
        var dayModel = ConsoleModel()
        let daySnapshot = day.snapshot(actor: "sam")
        _ = dayModel.type(keys("r") + [.character("2")], daySnapshot)
        XCTAssertEqual(promptText(dayModel), "")
    }

    private func headerRow(_ story: Story, width: Int) -> String {
        String(screenText(story.snapshot(actor: "sam", width: width, height: 30)).split(separator: "\n")[1])
    }
}
