/// The first screen after declaring is no alarm: what is due at once shows "due now" in amber through the grace.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class DueNowGraceTests: XCTestCase {
    /// The row holding `text`, and the style of its first character.
    private func style(of text: String, in grid: Grid) -> Style? {
        let lines = grid.textLines()
        guard let row = lines.firstIndex(where: { $0.contains(text) }),
              let range = lines[row].range(of: text) else { return nil }
        let column = lines[row].distance(from: lines[row].startIndex, to: range.lowerBound)
        return grid[column, row].style
    }

    func testJustDeclaredIsDueNowInAmberWithNoBannerNoBellNoListAlarm() {
        let story = Story.fresh()  // declared two minutes ago
        let snapshot = story.snapshot(width: 100, height: 30)
        let text = screenText(snapshot)
        XCTAssertTrue(text.contains("First tenant update due now"), text)
        XCTAssertTrue(text.contains("due now, overdue in 03:00"), text)
        XCTAssertFalse(text.lowercased().contains("overdue by"), text)
        XCTAssertFalse(text.contains("OVERDUE"), text)
        XCTAssertFalse(text.contains("[!]"), "no step is overdue yet:\n\(text)")
        XCTAssertTrue(text.contains("[*]"), "steps due at once are marked due now:\n\(text)")
        let grid = ConsoleRenderer.render(ConsoleModel(), snapshot)
        XCTAssertEqual(style(of: "due now, overdue in", in: grid), Theme.standard.warn)
        XCTAssertEqual(style(of: "First tenant update due now", in: grid), Theme.standard.warn)

        XCTAssertNil(IncidentAlarm.summary(story.state, playbook: story.playbook, now: story.now), "the incident list shows no alarm")
        var schedule = ReminderSchedule()
        let alerts = schedule.alerts(now: story.now, overdue: OverdueView(state: story.state, playbook: story.playbook, now: story.now), repeatMinutes: 5)
        XCTAssertEqual(alerts, [], "no bell in the grace")
    }

    func testAfterTheGraceItIsOverdueInRedWithTheBannerAndTheBell() {
        var story = Story.fresh()
        story.advance(minutes: Double(story.playbook.reminders.graceMinutes) - 2)  // the grace ends
        let snapshot = story.snapshot(width: 100, height: 30)
        let text = screenText(snapshot)
        XCTAssertTrue(text.contains("OVERDUE by 05:00"), "counts from when it fell due:\n\(text)")
        XCTAssertTrue(text.contains("Tenant update overdue by 05:00"), "the banner:\n\(text)")
        XCTAssertFalse(text.contains("due now"), text)
        let grid = ConsoleRenderer.render(ConsoleModel(), snapshot)
        XCTAssertEqual(style(of: "OVERDUE by", in: grid), Theme.standard.alarm)
        XCTAssertEqual(IncidentAlarm.summary(story.state, playbook: story.playbook, now: story.now), "tenant update overdue")
        var schedule = ReminderSchedule()
        let alerts = schedule.alerts(now: story.now, overdue: OverdueView(state: story.state, playbook: story.playbook, now: story.now), repeatMinutes: 5)
        XCTAssertTrue(alerts.contains { $0.reason == .commsOverdue }, "\(alerts)")
    }

    func testAPlaybookWithNoGraceAlarmsAtOnce() {
        var story = Story.fresh()
        story.playbook.reminders.graceMinutes = 0
        let text = screenText(story.snapshot(width: 100, height: 30))
        XCTAssertTrue(text.contains("OVERDUE by 02:00"), text)
        XCTAssertFalse(text.contains("due now"), text)
    }
}
