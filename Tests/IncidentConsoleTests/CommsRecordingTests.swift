/// The comms dialog says it records what was posted, and a chosen Statuspage template fills the message with its text.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class CommsRecordingTests: XCTestCase {
    func testTheDialogSaysItRecordsAndSendsNothing() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "lee")
        _ = model.type(keys("c"), snapshot)
        XCTAssertEqual(model.question?.title, "Record comms")
        let opening = screenText(model, snapshot)
        XCTAssertTrue(opening.contains("the console sends nothing itself"), opening)
        _ = model.type(keys("1"), snapshot)  // the team channel
        XCTAssertTrue(model.question?.notes.joined().contains("Enter records what you posted in #paas; nothing is sent from here") == true,
                      "\(model.question?.notes ?? [])")
    }

    func testAChosenTemplateFillsTheMessageReadyToEditAndWhatIsTypedIsRecorded() {
        var model = ConsoleModel()
        let story = Story.busy()
        let snapshot = story.snapshot(actor: "lee")
        _ = model.type(keys("c2") + keys("3") + [.enter], snapshot)  // Statuspage, identified, components as last time
        XCTAssertEqual(model.question?.prompt, "Template:")
        _ = model.type([.enter], snapshot)  // the template suggested for "identified"
        let text = try? XCTUnwrap(story.playbook.statuspage.text(of: "Issue identified"))
        XCTAssertEqual(promptText(model), text, "the template's text, ready to edit")
        let screen = screenText(model, snapshot)
        XCTAssertTrue(screen.contains("We have identified the cause"), screen)
        XCTAssertTrue(model.question?.notes.joined().contains("copy it and post it on Statuspage") == true, "\(model.question?.notes ?? [])")
        var effects = model.type(keys(" Scaling out."), snapshot)  // the cursor is at the end: typing adds to it
        effects += model.type([.enter, .enter], snapshot)        // accept; keep the usual cadence
        XCTAssertEqual(effects, [.perform(.sendComms(CommsRequest(
            channel: .statuspage, text: (text ?? "") + " Scaling out.", status: .identified,
            components: ["Platform HTTPS", "apps"], template: "Issue identified")))])
    }

    func testNoTemplateOrATemplateWithoutTextLeavesTheMessageEmpty() {
        var model = ConsoleModel()
        var story = Story.busy()
        let count = story.playbook.statuspage.templates.count
        _ = model.type(keys("c2") + keys("3") + [.enter] + keys("\(count + 1)"), story.snapshot(actor: "lee"))
        XCTAssertEqual(promptText(model), "", "(no template)")
        story.playbook.statuspage.texts = [:]
        var again = ConsoleModel()
        _ = again.type(keys("c2") + keys("3") + [.enter, .enter], story.snapshot(actor: "lee"))
        XCTAssertEqual(promptText(again), "")
        XCTAssertFalse(again.question?.notes.joined().contains("copy it") ?? true)
    }
}
