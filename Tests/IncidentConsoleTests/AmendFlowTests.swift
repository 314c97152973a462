/// Correcting and striking out logged entries from the console: pick the entry, then the new text or the reason.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class AmendFlowTests: XCTestCase {
    private func entryID(_ text: String, in story: Story) -> UUID? {
        story.state.timeline.first { $0.text == text }?.id
    }

    func testCorrectOffersLoggedEntriesNewestFirstAndPrefillsTheText() throws {
        let story = Story.busy()
        var model = ConsoleModel()
        let snapshot = story.snapshot(actor: "kim")
        _ = model.type(keys("E"), snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("E asks which entry") }
        // Only logged entries still standing: no declaration, comms or role lines, nothing struck out.
        XCTAssertEqual(list.options.map(\.label), [
            "09:55 ana note: Bob thinks the 09:15 deploy may be related",
            "09:48 kim production change: Router pool scaled from 4 to 8 instances",
            "09:45 kim decision: Scale the router pool from 4 to 8 rather than restart it: restarts drop connections",
            "09:40 ana action: Checked router logs",
            "09:35 kim finding: Router pool at 100% CPU since 09:20; 502s from the London edge",
        ])
        XCTAssertEqual(list.selected, 0, "the newest entry is preselected")
        _ = model.type(keys("4"), snapshot)
        XCTAssertEqual(model.question?.title, "Correct an entry")
        XCTAssertEqual(promptText(model), "Checked router logs")
        let id = try XCTUnwrap(entryID("Checked router logs", in: story))
        XCTAssertEqual(model.type(keys(" on all four routers") + [.enter], snapshot),
                       [.perform(.correct(entry: id, text: "Checked router logs on all four routers"))])
    }

    func testAnUnchangedCorrectionIsNotSent() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "kim")
        XCTAssertEqual(model.type(keys("E") + [.enter, .enter], snapshot), [])
        XCTAssertTrue(model.isPromptActive)
        XCTAssertTrue(screenText(model, snapshot).contains("The text is unchanged"))
    }

    func testStrikeOutPreselectsTheCurrentSearchMatchAndAsksWhy() throws {
        let story = Story.busy()
        var model = ConsoleModel()
        let snapshot = story.snapshot(actor: "ana")
        _ = model.type(keys("/") + keys("router logs") + [.enter], snapshot)
        _ = model.type(keys("X"), snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("X asks which entry") }
        XCTAssertTrue(list.options[list.selected].label.hasSuffix("action: Checked router logs"))
        XCTAssertEqual(model.type([.enter], snapshot), [])
        XCTAssertEqual(model.question?.prompt, "Why strike it out?")
        XCTAssertEqual(model.type([.enter], snapshot), [], "a strike-out needs a reason")
        let id = try XCTUnwrap(entryID("Checked router logs", in: story))
        XCTAssertEqual(model.type(keys("duplicate of the finding") + [.enter], snapshot),
                       [.perform(.strike(entry: id, reason: "duplicate of the finding"))])
    }

    func testTheSearchMatchStaysPreselectedWhenABackDatedEntryArrives() throws {
        var story = Story.busy()
        var model = ConsoleModel()
        _ = model.type(keys("/") + keys("router logs") + [.enter], story.snapshot(actor: "ana"))
        // Another process logs an entry back-dated before the match: every later position shifts by one.
        story.run(.log(.note, text: "Pager went off", at: storyStart.addingTimeInterval(60)), as: "kim")
        let later = story.snapshot(actor: "ana")
        _ = model.type(keys("X"), later)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("X asks which entry") }
        XCTAssertTrue(list.options[list.selected].label.hasSuffix("action: Checked router logs"), list.options[list.selected].label)
        XCTAssertTrue(screenText(model, later).contains("/router logs: 1/1"))
    }

    func testTheKeysAreOffWithNothingToAmend() {
        let table = KeyTable.standard
        var model = ConsoleModel()
        let fresh = Story.fresh().snapshot(actor: "sam")
        XCTAssertEqual(table.lookup(.character("E"), in: model.keyContext(for: fresh))?.availability,
                       .disabled("no logged entry to amend yet."))
        _ = model.type(keys("X"), fresh)
        XCTAssertFalse(model.isPromptActive, "a disabled key opens no dialog")
        let busy = Story.busy().snapshot(actor: "kim")
        XCTAssertEqual(table.lookup(.character("X"), in: model.keyContext(for: busy))?.availability, .enabled)
    }
}
