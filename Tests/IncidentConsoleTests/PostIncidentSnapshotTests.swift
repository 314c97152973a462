/// Snapshot tests of the dialogs and the screen for after the incident: key times, the "when" field, the report's
/// text, the steps after resolution, the report and saving it.
import Foundation
@testable import IncidentConsole
import IncidentCore
import ScreenGrid
import SnapshotTesting
import XCTest

final class PostIncidentSnapshotTests: XCTestCase {
    func testKeyTimeChoiceOffersTheWhenField() {
        var model = ConsoleModel()
        var story = Story.busy()
        story.run(.backdated(.markKeyTime(.impactStarted, note: nil), at: storyStart.addingTimeInterval(-15 * 60)), as: "kim")
        let snapshot = story.snapshot(actor: "kim")
        _ = model.type(keys("m"), snapshot)
        assertSnapshot(of: screenText(model, snapshot), as: .lines)
    }

    func testWhenFieldBeingEdited() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.type(keys("a") + keys("Restarted router 2") + [.tab] + keys("2026-07-01T08:20:00Z"), snapshot)
        assertSnapshot(of: screenText(model, snapshot), as: .lines)
        XCTAssertNotNil(ConsoleRenderer.cursor(model, snapshot), "the cursor sits in the when field")
    }

    func testAGivenWhenShowsUnderTheQuestion() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.type(keys("a") + keys("Restarted router 2") + [.tab] + keys("2026-07-01T08:20:00Z") + [.tab], snapshot)
        assertSnapshot(of: screenText(model, snapshot), as: .lines)
    }

    func testStepsAfterResolutionSayWhatTheRecordWouldRefuse() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "ana")
        _ = model.type(keys("P"), snapshot)
        assertSnapshot(of: screenText(model, snapshot), as: .lines)
    }

    func testReportTextChoice() {
        var model = ConsoleModel()
        var story = Story.postIncident()
        story.run(.writeReportText(.summary, text: "Routers saturated; the pool was doubled."), as: "kim")
        story.run(.agreeFollowUp(action: "Alert on router CPU", owner: "kim", tracker: "PAAS-1234"), as: "lee")
        let snapshot = story.snapshot(actor: "kim")
        _ = model.type(keys("w"), snapshot)
        assertSnapshot(of: screenText(model, snapshot), as: .lines)
    }

    func testSaveReportPromptAndOverwriteQuestion() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "kim")
        model.start(ReportFileFlow(path: "./INC-20260701-K7Q-report.md", contents: "# Report\n", audience: "internal"), FlowContext(snapshot))
        assertSnapshot(of: screenText(model, snapshot), as: .lines, named: "path")
        _ = model.type([.enter], snapshot)
        _ = model.receive(.fileExists(path: "./INC-20260701-K7Q-report.md"), snapshot: snapshot)
        assertSnapshot(of: screenText(model, snapshot), as: .lines, named: "overwrite")
    }

    /// The report view draws a document as given (its content is the reporting module's): text from the record is
    /// cleaned, headings stand out, long lines wrap, and a longer document says there is more.
    func testTheReportViewCleansAndWrapsTheDocument() {
        let snapshot = Story.postIncident().snapshot(actor: "kim", width: 80, height: 24)
        let markdown = """
            # Incident report: INC-20260701-K7Q

            ## Summary

            Routers saturated \u{1b}[2J\u{1b}]0;pwned\u{07} and the pool was doubled; this line is long enough to wrap at eighty columns.

            ## Timeline

            """ + (1...30).map { "- 09:\(10 + $0) entry \($0)" }.joined(separator: "\n")
        let context = RenderContext(snapshot)
        let body = ScreenLayout(snapshot, context: context).body
        var grid = Grid(size: snapshot.size)
        ReportView.draw(ReportScreen(), markdown: markdown, body: body, context: context, grid: &grid)
        let text = grid.textLines().joined(separator: "\n")
        assertSnapshot(of: text, as: .lines)
        XCTAssertTrue(text.contains("^[[2J^[]0;pwned^G"), text)
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    func testTheReportScreenOverTheIncident() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "kim")
        _ = model.type(keys("v"), snapshot)
        let lines = ConsoleRenderer.render(model, snapshot).textLines()
        // The document itself is the reporting module's; here the frame, its keys and the key bar.
        XCTAssertTrue(lines.contains { $0.contains("Report (internal): p public, s save, Esc closes") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.dropFirst(3).contains { $0.contains("Incident report") && $0.contains("INC-20260701-K7Q") })
        let bar = lines.last?.trimmingCharacters(in: .whitespaces) ?? ""
        XCTAssertTrue(bar.hasPrefix("w write  p public/internal  s save file  Esc/v close  j/k scroll"), bar)
        XCTAssertTrue(bar.hasSuffix("  q quit"), "quit keeps its place at the right: \(bar)")
    }
}
