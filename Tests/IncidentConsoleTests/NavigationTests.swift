/// Focus, timeline scrolling with follow mode, and search, checked on the rendered screen.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class NavigationTests: XCTestCase {
    func testFocusMovesWithTabShiftTabAndNumbers() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot()
        XCTAssertEqual(model.focus, .timeline)
        XCTAssertTrue(screenText(model, snapshot).contains("[1 Timeline]"))
        _ = model.type([.tab], snapshot)
        XCTAssertEqual(model.focus, .comms)
        let text = screenText(model, snapshot)
        XCTAssertTrue(text.contains("[2 Comms]"))
        XCTAssertFalse(text.contains("[1 Timeline]"))
        _ = model.type([.backTab, .backTab], snapshot)
        XCTAssertEqual(model.focus, .escalation)
        _ = model.type(keys("3"), snapshot)
        XCTAssertEqual(model.focus, .roles)
    }

    func testFocusedTitleIsReversedInMonochrome() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(colors: false)
        _ = model.type(keys("4"), snapshot)
        let grid = ConsoleRenderer.render(model, snapshot)
        let row = grid.textLines().firstIndex { $0.contains("[4 Escalation]") }!
        let column = Array(grid.textLines()[row]).firstIndex(of: "[")!
        XCTAssertTrue(grid[column, row].style.attributes.contains(.reverse))
    }

    func testTimelineFollowsUntilScrolledBackThenCountsNewEntries() {
        var model = ConsoleModel()
        var story = Story.busy()
        let newest = "10:10 ● sam: dan is delivery manager"
        XCTAssertTrue(screenText(model, story.snapshot(width: 80, height: 24)).contains(newest))
        _ = model.type(keys("kkk"), story.snapshot(width: 80, height: 24))
        XCTAssertFalse(model.isFollowingTimeline)
        XCTAssertFalse(screenText(model, story.snapshot(width: 80, height: 24)).contains(newest))

        story.run(.log(.action, text: "Drained cell 2", at: nil), as: "ana")
        story.run(.log(.action, text: "Drained cell 3", at: nil), as: "ana")
        let scrolledBack = screenText(model, story.snapshot(width: 80, height: 24))
        XCTAssertTrue(scrolledBack.contains("2 new below (G follows)"))
        XCTAssertFalse(scrolledBack.contains("Drained cell 3"))

        _ = model.type(keys("G"), story.snapshot(width: 80, height: 24))
        XCTAssertTrue(model.isFollowingTimeline)
        let following = screenText(model, story.snapshot(width: 80, height: 24))
        XCTAssertTrue(following.contains("Drained cell 3"))
        XCTAssertFalse(following.contains("new below"))
    }

    func testScrollingDownToTheBottomFollowsAgain() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(width: 80, height: 24)
        _ = model.type([.pageUp], snapshot)
        XCTAssertFalse(model.isFollowingTimeline)
        _ = model.type([.pageDown, .pageDown], snapshot)
        XCTAssertTrue(model.isFollowingTimeline)
        _ = model.type(keys("g"), snapshot)
        XCTAssertTrue(screenText(model, snapshot).contains("09:30 ★ sam: Declared P1"))
    }

    func testOtherPanesScrollWhenFocused() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(width: 80, height: 24)
        XCTAssertFalse(screenText(model, snapshot).contains("Team         ana"))
        _ = model.type(keys("3jjj"), snapshot)
        XCTAssertTrue(screenText(model, snapshot).contains("Team         ana"))
        XCTAssertTrue(model.isFollowingTimeline, "scrolling another pane leaves the timeline alone")
    }

    func testSearchHighlightsJumpsAndClears() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot()
        _ = model.type(keys("/router") + [.enter], snapshot)
        XCTAssertEqual(model.searchQuery, "router")
        var grid = ConsoleRenderer.render(model, snapshot)
        XCTAssertTrue(searchLine(grid).contains("/router: 4/4 matches"), searchLine(grid))
        XCTAssertTrue(hasStyle(Theme.standard.searchMatch, in: grid), "matches are highlighted")

        _ = model.type(keys("N"), snapshot)
        grid = ConsoleRenderer.render(model, snapshot)
        XCTAssertTrue(searchLine(grid).contains("/router: 3/4 matches"))
        XCTAssertTrue(grid.textLines().joined().contains("Router pool scaled"))
        _ = model.type(keys("n"), snapshot)
        XCTAssertTrue(screenText(model, snapshot).contains("4/4"))
        XCTAssertFalse(model.isPromptActive, "n jumps instead of starting a note while searching")

        _ = model.type([.escape], snapshot)
        XCTAssertNil(model.searchQuery)
        XCTAssertFalse(hasStyle(Theme.standard.searchMatch, in: ConsoleRenderer.render(model, snapshot)))
        _ = model.type(keys("n"), snapshot)
        XCTAssertEqual(model.question?.title, "Log a note")
        _ = model.type([.escape] + keys("/router") + [.enter], snapshot)

        // A new search starts empty, the last one shown beside it, so typing never runs the two together.
        _ = model.type(keys("/"), snapshot)
        XCTAssertEqual(promptText(model), "")
        XCTAssertTrue(screenText(model, snapshot).contains("Last search: router"))
        _ = model.type(keys("deploy") + [.enter], snapshot)
        XCTAssertEqual(model.searchQuery, "deploy")
    }

    func testSearchWithoutMatchesSaysSo() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot()
        _ = model.type(keys("/kubernetes") + [.enter], snapshot)
        XCTAssertEqual(model.message?.text, "No entry matches \"kubernetes\"; new entries that match will be highlighted.")
    }

    func testHelpOpensAndClosesAndScrolls() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot()
        _ = model.type(keys("?"), snapshot)
        XCTAssertTrue(model.isShowingHelp)
        let first = screenText(model, snapshot)
        _ = model.type(keys("jjjj"), snapshot)
        XCTAssertNotEqual(screenText(model, snapshot), first)
        _ = model.type([.escape], snapshot)
        XCTAssertFalse(model.isShowingHelp)
        _ = model.type(keys("??"), snapshot)
        XCTAssertFalse(model.isShowingHelp, "? closes the help it opened")
    }

    private func hasStyle(_ style: Style, in grid: Grid) -> Bool {
        (0..<grid.height).contains { y in (0..<grid.width).contains { x in grid[x, y].style == style } }
    }
}

/// The line that shows the search (under the header, below the banner when one shows).
private func searchLine(_ grid: Grid) -> String {
    grid.textLines().first { $0.contains("/router") } ?? ""
}
