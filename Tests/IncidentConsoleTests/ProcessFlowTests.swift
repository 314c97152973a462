/// The smaller process flows (status, step done, executive decision) and the comms pane's snooze and promise marks.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class ProcessFlowTests: XCTestCase {
    func testStatuspageStatusSuggestsTheNextOne() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "lee")
        XCTAssertEqual(model.type(keys("s") + [.enter], snapshot), [.perform(.setStatuspageStatus(.identified))])
    }

    /// Only steps ticked by hand are offered: the review and publication are done by recording them.
    func testStepDoneChoosesFromOpenSteps() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "lee")
        _ = model.type(keys("x"), snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("x asks which step") }
        XCTAssertEqual(list.options.map(\.label), [
            "Create a tracker story recording actions and changes (lower priority)",
            "Check the status page shows the PaaS is operational",
        ])
        XCTAssertEqual(model.type(keys("2") + keys("all green") + [.enter], snapshot),
                       [.perform(.completeStep(StepID.statusPageOperational, note: "all green"))])
    }

    func testExecutiveDecisionIsOfferedOnceSomeoneIsReached() {
        var story = Story.busy()
        story.run(.escalate(level: "head-of-reliability-engineering", step: .reached, note: nil), as: "lee")
        var model = ConsoleModel()
        let snapshot = story.snapshot(actor: "lee")
        _ = model.type(keys("e"), snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("e asks which level") }
        XCTAssertEqual(list.options.last?.label, "GDS executive group: record the decision")
        _ = model.type(keys("\(list.options.count)"), snapshot)
        XCTAssertEqual(model.type(keys("y") + keys("Alex") + [.enter] + keys("wide impact") + [.enter], snapshot),
                       [.perform(.decideExecutiveAlert(alert: true, decidedBy: "Alex", note: "wide impact"))])
    }

    func testSnoozedCommsShowTheMarkAndDropTheBanner() {
        var story = Story.overdue()
        XCTAssertTrue(screenText(story.snapshot()).contains("Tenant update overdue by 14:00"))
        story.run(.snoozeCommsReminder(minutes: 10), as: "lee")
        let text = screenText(story.snapshot())
        XCTAssertTrue(text.contains("Reminder snoozed until 11:00"), text)
        XCTAssertFalse(text.contains("Tenant update overdue"), "a snoozed reminder raises no banner")
        XCTAssertTrue(text.contains("OVERDUE by 14:00"), "the pane still says it is overdue")
    }

    func testPromisedUpdateIsMarkedAndTurnsAmberThenRed() {
        var story = Story.busy()
        story.run(.sendComms(CommsRequest(channel: .statuspage, text: "Next update in 20 minutes", components: ["apps"],
                                          nextUpdateInMinutes: 20)), as: "lee")
        story.advance(minutes: 12)
        var grid = ConsoleRenderer.render(ConsoleModel(), story.snapshot())
        var text = grid.textLines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Tenant update due 10:50 (promised)"), text)
        XCTAssertTrue(text.contains("due in 08:00"))
        XCTAssertEqual(style(of: "due in 08:00", in: grid), Theme.standard.warn, "amber inside the warning minutes")
        story.advance(minutes: 9)
        grid = ConsoleRenderer.render(ConsoleModel(), story.snapshot())
        text = grid.textLines().joined(separator: "\n")
        XCTAssertTrue(text.contains("OVERDUE by 01:00"))
        XCTAssertEqual(style(of: "OVERDUE by 01:00", in: grid), Theme.standard.alarm)
    }

    func testCalmCountdownIsGreen() {
        var story = Story.busy()
        story.run(.sendComms(CommsRequest(channel: .statuspage, text: "Update", components: ["apps"])), as: "lee")
        let grid = ConsoleRenderer.render(ConsoleModel(), story.snapshot())
        XCTAssertEqual(style(of: "due in 1:00:00", in: grid), Theme.standard.ok)
    }

    private func style(of text: String, in grid: Grid) -> Style? {
        for (row, line) in grid.textLines().enumerated() {
            guard let range = line.range(of: text) else { continue }
            // Text columns equal character offsets here: the searched texts are ASCII and what precedes them is narrow.
            return grid[line.distance(from: line.startIndex, to: range.lowerBound), row].style
        }
        return nil
    }
}
