/// Snapshot tests of whole screens, as text (and styles where colour carries meaning).
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import SnapshotTesting
import XCTest

final class ScreenSnapshotTests: XCTestCase {
    func testWelcomeWithRecentIncidents() {
        let recent = [IncidentListing(id: IncidentID("INC-20260612-A1B"), title: "Billing API slow", priority: .p3, phase: .closed,
                                      declaredAt: storyStart.addingTimeInterval(-19 * 86_400))]
        let snapshot = ConsoleSnapshot(recentIncidents: recent, now: storyStart, timeZone: london, actor: "sam",
                                       size: Size(width: 100, height: 30))
        assertSnapshot(of: screenText(snapshot), as: .lines)
    }

    func testPickerOfOpenIncidents() {
        let open = [
            IncidentListing(id: IncidentID("INC-20260701-K7Q"), title: "Apps unreachable in London", priority: .p1, phase: .active, declaredAt: storyStart),
            IncidentListing(id: IncidentID("INC-20260630-Z9X"), title: "Database failover slow", priority: .p2, phase: .resolved,
                            declaredAt: storyStart.addingTimeInterval(-20 * 3600)),
        ]
        let snapshot = ConsoleSnapshot(openIncidents: open, now: storyStart, timeZone: london, actor: "sam", size: Size(width: 100, height: 30))
        assertSnapshot(of: screenText(snapshot), as: .lines)
    }

    func testFreshIncident() {
        assertSnapshot(of: screenText(Story.fresh().snapshot(actor: "sam")), as: .lines)
    }

    func testBusyIncident100x30() {
        let snapshot = Story.busy().snapshot()
        assertSnapshot(of: screenText(snapshot), as: .lines)
        assertSnapshot(of: screenStyles(snapshot), as: .lines, named: "styles")
    }

    func testBusyIncident80x24() {
        assertSnapshot(of: screenText(Story.busy().snapshot(width: 80, height: 24)), as: .lines)
    }

    func testBusyIncident200x60() {
        assertSnapshot(of: screenText(Story.busy().snapshot(width: 200, height: 60)), as: .lines)
    }

    func testCommsOverdue() {
        let snapshot = Story.overdue().snapshot()
        assertSnapshot(of: screenText(snapshot), as: .lines)
        assertSnapshot(of: screenStyles(snapshot), as: .lines, named: "styles")
    }

    /// The smallest screen still shows everything due: the lead, comms, the next escalation step and the overdue countdown
    /// in digits.
    func testCommsOverdue80x24ShowsEverythingDue() {
        let snapshot = Story.overdue().snapshot(width: 80, height: 24)
        let text = screenText(snapshot)
        for expected in ["Lead         kim", "Comms        lee", "Next: No answer from Head of", "Tenant update OVERDUE", "██"] {
            XCTAssertTrue(text.contains(expected), "\(expected) is missing from\n\(text)")
        }
        let right = text.split(separator: "\n").compactMap { line in ["2 Comms", "3 Roles", "4 Escalation"].first { line.contains($0) } }
        XCTAssertEqual(right, ["2 Comms", "3 Roles", "4 Escalation"], "the panes read in their numbers' order")
        assertSnapshot(of: text, as: .lines)
    }

    /// Too short for digits, an overdue update says so once: the headline keeps its due time and the status line says
    /// "OVERDUE by".
    func testAShortCommsPaneWithoutDigitsSaysOverdueOnce() {
        var story = Story.fresh()
        story.advance(minutes: 28)
        let text = screenText(story.snapshot(actor: "sam", width: 80, height: 24))
        // The right column below the header and banner, above the message line.
        let comms = text.split(separator: "\n").dropFirst(3).dropLast(2).map { String($0.dropFirst(41)) }.joined(separator: "\n")
        XCTAssertEqual(comms.components(separatedBy: "OVERDUE").count - 1, 1, comms)
        XCTAssertTrue(comms.contains("OVERDUE by 30:00"), comms)
    }

    func testPostIncident() {
        assertSnapshot(of: screenText(Story.postIncident().snapshot()), as: .lines)
    }

    func testMonochromeUsesAttributesOnly() {
        let grid = ConsoleRenderer.render(ConsoleModel(), Story.overdue().snapshot(colors: false))
        assertSnapshot(of: grid.snapshot(), as: .lines)
        let colours = (0..<grid.height).flatMap { y in (0..<grid.width).map { x in grid[x, y].style } }
            .filter { $0.foreground != .default || $0.background != .default }
        XCTAssertEqual(colours, [], "a monochrome screen uses no colour")
    }

    func testASCII() {
        let grid = ConsoleRenderer.render(ConsoleModel(), Story.busy().snapshot(unicode: false))
        let text = grid.textLines().joined(separator: "\n")
        assertSnapshot(of: text, as: .lines)
        XCTAssertTrue(text.unicodeScalars.allSatisfy(\.isASCII), "ASCII mode draws ASCII only")
    }

    func testEscapeSequencesInAnEntryAreShownEscaped() {
        var story = Story.fresh()
        story.run(.log(.note, text: "\u{1b}[2J\u{1b}]0;pwned\u{07}", at: nil), as: "sam")
        let grid = ConsoleRenderer.render(ConsoleModel(), story.snapshot(actor: "sam"))
        let text = grid.textLines().joined(separator: "\n")
        assertSnapshot(of: text, as: .lines)
        XCTAssertTrue(text.contains("^[[2J^[]0;pwned^G"))
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    func testSecurityIncidentPutsInformationAssuranceFirst() {
        let snapshot = Story.fresh(security: true).snapshot(actor: "sam")
        assertSnapshot(of: screenStyles(snapshot), as: .lines)
    }

    func testHelpScreen() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.handle(keys("?"), snapshot: snapshot)
        assertSnapshot(of: screenText(model, snapshot), as: .lines)
    }

    func testTooSmall() {
        let text = screenText(Story.busy().snapshot(width: 79, height: 24))
        assertSnapshot(of: text, as: .lines)
        XCTAssertTrue(text.contains("Terminal too small: needs 80x24, this is 79x24"))
    }

    func testCommsComponentsPrompt() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "lee")
        _ = model.handle([.character("c"), .enter, .enter, .character(" ")], snapshot: snapshot)
        assertSnapshot(of: screenText(model, snapshot), as: .lines)
    }

    func testMultiDayIncidentShowsDates() {
        var story = Story.fresh()
        story.advance(minutes: 16 * 60)
        story.run(.log(.action, text: "Still failing over the night", at: nil), as: "sam")
        assertSnapshot(of: screenText(story.snapshot(actor: "sam")), as: .lines)
    }
}
