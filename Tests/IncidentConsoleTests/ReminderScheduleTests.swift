/// The reminder schedule: ring when comms fall due, repeat while overdue, stay quiet while snoozed.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class ReminderScheduleTests: XCTestCase {
    /// The reasons that ring, leaving out the busy story's second escalation level, which is not answering: these tests
    /// are about comms and steps.
    private func alerts(_ schedule: inout ReminderSchedule, _ story: Story) -> [ReminderAlert.Reason] {
        schedule.alerts(now: story.now, overdue: OverdueView(state: story.state, playbook: story.playbook, now: story.now),
                        repeatMinutes: story.playbook.reminders.repeatMinutes).map(\.reason)
            .filter { if case .escalationNoAnswer = $0 { false } else { true } }
    }

    func testCommsRingWhenDueThenEveryRepeatInterval() {
        var story = Story.busy()
        var schedule = ReminderSchedule()
        XCTAssertEqual(alerts(&schedule, story), [], "due in 6 minutes: quiet")
        story.advance(minutes: 6)
        XCTAssertEqual(alerts(&schedule, story), [.commsOverdue])
        story.advance(minutes: 1)
        XCTAssertEqual(alerts(&schedule, story), [], "not twice inside the repeat window")
        story.advance(minutes: 3.9)
        XCTAssertEqual(alerts(&schedule, story), [])
        story.advance(minutes: 0.1)
        XCTAssertEqual(alerts(&schedule, story), [.commsOverdue], "again after 5 minutes")
    }

    func testSnoozeSilencesTheCommsReminder() {
        var story = Story.overdue()
        var schedule = ReminderSchedule()
        XCTAssertEqual(alerts(&schedule, story), [.commsOverdue])
        story.run(.snoozeCommsReminder(minutes: 10), as: "lee")
        story.advance(minutes: 6)
        XCTAssertEqual(alerts(&schedule, story), [], "snoozed")
        story.advance(minutes: 4)
        XCTAssertEqual(alerts(&schedule, story), [.commsOverdue], "the snooze is over")
    }

    func testSendingTheUpdateStopsTheReminderAndTheNextDueRingsAtOnce() {
        var story = Story.overdue()
        var schedule = ReminderSchedule()
        XCTAssertEqual(alerts(&schedule, story), [.commsOverdue])
        story.run(.sendComms(CommsRequest(channel: .statuspage, text: "Still investigating", components: ["apps"], nextUpdateInMinutes: 2)),
                  as: "lee")
        XCTAssertEqual(alerts(&schedule, story), [])
        story.advance(minutes: 2)
        XCTAssertEqual(alerts(&schedule, story), [.commsOverdue], "a new due time rings without waiting for the old window")
    }

    func testOverdueChecklistStepsRingOncePerStepPerWindow() {
        var story = Story.fresh()
        story.advance(minutes: Double(story.playbook.reminders.graceMinutes))  // past the "due now" grace
        var schedule = ReminderSchedule()
        let first = alerts(&schedule, story)
        XCTAssertTrue(first.contains(.commsOverdue))
        XCTAssertTrue(first.contains(.stepOverdue(StepID.nominateLead)))
        XCTAssertTrue(first.contains(.stepOverdue(StepID.joinIncidentChannel)))
        story.run(.completeStep(StepID.joinIncidentChannel, note: nil), as: "sam")
        story.advance(minutes: 5)
        let again = alerts(&schedule, story)
        XCTAssertTrue(again.contains(.stepOverdue(StepID.nominateLead)))
        XCTAssertFalse(again.contains(.stepOverdue(StepID.joinIncidentChannel)))
    }

    func testRemindersFallingDueTogetherMakeOneNotificationNamingTheIncident() {
        var story = Story.fresh()
        story.advance(minutes: Double(story.playbook.reminders.graceMinutes))  // past the "due now" grace
        var schedule = ReminderSchedule()
        let due = schedule.alerts(now: story.now, overdue: OverdueView(state: story.state, playbook: story.playbook, now: story.now), repeatMinutes: 5)
        XCTAssertGreaterThan(due.count, 2)
        let notification = ReminderAlert.notification(for: due, incident: "INC-1 Apps down")
        XCTAssertEqual(notification?.title, "INC-1 Apps down: \(due.count) reminders")
        XCTAssertTrue(notification?.body.contains("Nominate an incident lead (with production access): press r.") == true, notification?.body ?? "")
        XCTAssertEqual(ReminderAlert.notification(for: Array(due.prefix(1)), incident: "INC-1")?.title, "INC-1: \(due[0].title)")
        XCTAssertNil(ReminderAlert.notification(for: [], incident: "INC-1"))
    }

    func testTheListNamesWhatIsOverdueInEachIncident() {
        let overdue = Story.overdue()
        XCTAssertEqual(IncidentAlarm.summary(overdue.state, playbook: overdue.playbook, now: overdue.now), "tenant update overdue")
        var calm = Story.busy()
        calm.advance(minutes: -30)
        XCTAssertNil(IncidentAlarm.summary(calm.state, playbook: calm.playbook, now: calm.now))
        let listing = IncidentListing(id: Story.id, title: "Apps unreachable", priority: .p1, phase: .active, declaredAt: storyStart,
                                      alarm: "tenant update overdue")
        let screen = screenText(ConsoleSnapshot(openIncidents: [listing], now: storyStart, timeZone: london, actor: "sam",
                                                size: Size(width: 100, height: 30)))
        XCTAssertTrue(screen.contains("Apps unreachable") && screen.contains("⚠ tenant update overdue"), screen)
    }

    func testAlertTextSaysWhatToDo() {
        let story = Story.overdue()
        var schedule = ReminderSchedule()
        let alert = schedule.alerts(now: story.now, overdue: OverdueView(state: story.state, playbook: story.playbook, now: story.now), repeatMinutes: 5).first
        XCTAssertEqual(alert?.title, "Tenant update overdue")
        XCTAssertEqual(alert?.body, "Tenant update overdue by 14m 00s: send it (c) or snooze (z).")
    }
}
