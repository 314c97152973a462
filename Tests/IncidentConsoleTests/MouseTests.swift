/// The mouse: a click focuses a pane or runs a key-bar key through the key table, the wheel scrolls what is under it.
import IncidentCore
import ScreenGrid
import XCTest
@testable import IncidentConsole

final class MouseTests: XCTestCase {
    private func layout(_ snapshot: ConsoleSnapshot) -> ScreenLayout {
        ScreenLayout(snapshot, context: RenderContext(snapshot))
    }

    private func click(_ x: Int, _ y: Int, _ kind: MouseEvent.Kind = .press) -> KeyEvent {
        .mouse(MouseEvent(x: x, y: y, kind: kind))
    }

    /// A click in the middle of the key-bar entry whose label is `label`, as drawn for `model`.
    private func barClick(_ label: String, _ model: ConsoleModel, _ snapshot: ConsoleSnapshot) throws -> KeyEvent {
        let entries = model.keyTable.barEntries(in: model.keyContext(for: snapshot))
        let placement = try XCTUnwrap(KeyBarView.placements(entries, width: snapshot.size.width).first { $0.binding.label == label },
                                      "no \(label) in the key bar")
        return click(placement.x + placement.width / 2, layout(snapshot).keyBarRow)
    }

    func testAClickOnAPaneFocusesIt() {
        for width in [100, 200] {
            let snapshot = Story.busy().snapshot(width: width, height: 40)
            var model = ConsoleModel()
            for pane in [Pane.escalation, .roles, .comms, .timeline] {
                let rect = layout(snapshot).panes[pane]!
                _ = model.type([click(rect.x + rect.width / 2, rect.y + rect.height - 1)], snapshot)
                XCTAssertEqual(model.focus, pane, "width \(width)")
            }
        }
    }

    func testAClickOutsideThePanesOrUnderADialogChangesNothing() {
        let snapshot = Story.busy().snapshot()
        var model = ConsoleModel()
        _ = model.type(keys("3"), snapshot)
        _ = model.type([click(5, 0), click(5, layout(snapshot).messageRow)], snapshot)
        XCTAssertEqual(model.focus, .roles)
        let timeline = layout(snapshot).panes[.timeline]!
        _ = model.type(keys("aRestarted") + [click(timeline.x + 2, timeline.y + 2)], snapshot)
        XCTAssertEqual(model.focus, .roles)
        XCTAssertEqual(promptText(model), "Restarted", "the dialog stays open with its text")
    }

    func testTheWheelScrollsThePaneUnderThePointerAndKeepsTheFocus() {
        let snapshot = Story.busy().snapshot(height: 24)
        var model = ConsoleModel()
        _ = model.type(keys("3"), snapshot)
        let timeline = layout(snapshot).panes[.timeline]!
        let before = screenText(model, snapshot)
        _ = model.type([click(timeline.x + 3, timeline.y + 3, .wheelUp)], snapshot)
        XCTAssertFalse(model.isFollowingTimeline, "the timeline scrolled back")
        XCTAssertEqual(model.focus, .roles)
        XCTAssertNotEqual(screenText(model, snapshot), before)
        _ = model.type([click(timeline.x + 3, timeline.y + 3, .wheelDown)], snapshot)
        XCTAssertEqual(screenText(model, snapshot), before, "down again: back where it was")
    }

    func testTheWheelScrollsAnOpenOverlay() {
        let snapshot = Story.busy().snapshot(height: 24)
        var model = ConsoleModel()
        _ = model.type(keys("?"), snapshot)
        let before = screenText(model, snapshot)
        _ = model.type([click(10, 10, .wheelDown)], snapshot)
        XCTAssertEqual(model.helpScroll, ConsoleModel.wheelLines)
        XCTAssertNotEqual(screenText(model, snapshot), before)
        XCTAssertTrue(model.isFollowingTimeline, "the timeline under the help did not move")
        _ = model.type([click(10, 10, .wheelUp)], snapshot)
        XCTAssertEqual(screenText(model, snapshot), before)

        _ = model.type([.escape] + keys("v") + [click(10, 10, .wheelDown)], snapshot)
        XCTAssertEqual(model.report?.scroll, ConsoleModel.wheelLines)
    }

    func testAClickOnTheKeyBarRunsTheKeyAsIfTyped() throws {
        let snapshot = Story.busy().snapshot(width: 260)
        var clicked = ConsoleModel()
        _ = clicked.type([try barClick("action", clicked, snapshot)], snapshot)
        var typed = ConsoleModel()
        _ = typed.type(keys("a"), snapshot)
        XCTAssertEqual(clicked.question, typed.question)
        XCTAssertEqual(clicked.question?.title, typed.question?.title)

        // In the dialog the bar shows the prompt's keys: a click on "cancel" is Esc.
        _ = clicked.type([try barClick("cancel", clicked, snapshot)], snapshot)
        XCTAssertFalse(clicked.isPromptActive)
        XCTAssertEqual(clicked.message?.text, "Cancelled: nothing was recorded.")

        XCTAssertEqual(clicked.type([try barClick("command", clicked, snapshot)], snapshot), [])
        XCTAssertEqual(clicked.question?.title, "Command", "a click on : opens the command line")
    }

    func testAClickOnHelpOrBetweenEntries() throws {
        // The help entry keeps its place at the right edge; clicking it opens the help.
        let snapshot = Story.busy().snapshot()
        var model = ConsoleModel()
        _ = model.type([try barClick("help", model, snapshot)], snapshot)
        XCTAssertTrue(model.isShowingHelp)
        _ = model.type([click(0, layout(snapshot).keyBarRow), click(snapshot.size.width - 1, layout(snapshot).keyBarRow)], snapshot)
        XCTAssertTrue(model.isShowingHelp, "between and after the entries nothing runs")
    }

    func testTheKeyBarIsDrawnWhereTheClicksLand() {
        let snapshot = Story.busy().snapshot(width: 160)
        let model = ConsoleModel()
        let row = ConsoleRenderer.render(model, snapshot).textLines()[layout(snapshot).keyBarRow]
        let entries = model.keyTable.barEntries(in: model.keyContext(for: snapshot))
        let placements = KeyBarView.placements(entries, width: snapshot.size.width)
        XCTAssertGreaterThan(placements.count, 3)
        for placement in placements {
            let drawn = String(Array(row).dropFirst(placement.x).prefix(placement.width))
            XCTAssertEqual(drawn, placement.binding.barKeyLabel + " " + placement.binding.label)
        }
    }

    func testMouseIsIgnoredBelowTheMinimumSize() {
        let snapshot = Story.busy().snapshot(width: 60, height: 20)
        var model = ConsoleModel()
        XCTAssertEqual(model.type([click(1, 19)], snapshot), [])
        XCTAssertEqual(model.focus, .timeline)
    }
}
