/// What typed text survives: a refused or failed entry reopens its dialog, the promise is checked in the flow, and pastes are text.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class OutcomeAndPasteTests: XCTestCase {
    // MARK: Refusals and failures keep the text

    func testRefusedProductionChangeReopensThePromptWithTheText() {
        var model = ConsoleModel()
        let story = Story.busy()
        // kim is the lead when the key is pressed; the record refuses it (the role was handed over meanwhile).
        let snapshot = story.snapshot(actor: "kim")
        let text = "Rolled back the 09:15 deploy on all cells"
        XCTAssertEqual(model.type(keys("p") + keys(text) + [.enter], snapshot),
                       [.perform(.log(.productionChange, text: text, at: nil))])
        XCTAssertFalse(model.isPromptActive)
        let refusal = refusalOf(.log(.productionChange, text: text, at: nil), story: story, actor: "ana")
        XCTAssertEqual(model.receive(.refused(refusal), snapshot: snapshot), [.bell], "the bell still rings")
        XCTAssertEqual(model.question?.title, "Log a production change")
        XCTAssertEqual(promptText(model), text)
        let screen = screenText(model, snapshot).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(screen.contains("Production change not logged."), screen)
        // The responder can edit, turn it into an action elsewhere, or give up.
        XCTAssertEqual(model.type([.escape], snapshot), [])
        XCTAssertFalse(model.isPromptActive)
    }

    func testFailureReopensThePromptAndEnterSubmitsAgain() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.handle(keys("f") + [.paste("Router pool CPU back under 40%\nafter the scale-out")] + [.enter], snapshot: snapshot)
        XCTAssertEqual(model.receive(.failed(message: "The incident store is locked by another writer; try again."), snapshot: snapshot),
                       [.bell])
        XCTAssertEqual(promptText(model), "Router pool CPU back under 40%\nafter the scale-out")
        XCTAssertTrue(screenText(model, snapshot).contains("locked by another writer"))
        _ = model.type(keys("."), snapshot)
        XCTAssertEqual(model.type([.enter], snapshot),
                       [.perform(.log(.finding, text: "Router pool CPU back under 40%\nafter the scale-out.", at: nil))])
        XCTAssertEqual(model.receive(.accepted(summary: "Logged finding."), snapshot: snapshot), [])
        XCTAssertFalse(model.isPromptActive)
    }

    func testAcceptedClosesTheDialogForGood() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.type(keys("aRestarted cell 3") + [.enter], snapshot)
        XCTAssertEqual(model.receive(.accepted(summary: "Logged action."), snapshot: snapshot), [])
        XCTAssertFalse(model.isPromptActive)
        XCTAssertEqual(model.message, ConsoleMessage("Logged action.", kind: .success))
        // A later failure (a command line, say) brings back that line, never the accepted text.
        _ = model.type(keys(":") + keys("nonsense") + [.enter], snapshot)
        XCTAssertEqual(model.receive(.failed(message: "Unknown verb nonsense."), snapshot: snapshot), [.bell])
        XCTAssertEqual(promptText(model), "nonsense")
        XCTAssertTrue(screenText(model, snapshot).contains("Unknown verb nonsense."))
    }

    func testAConfirmedLeadThatFailsToSaveComesBackAtItsQuestion() {
        var model = ConsoleModel()
        let snapshot = Story.fresh().snapshot(actor: "sam")
        _ = model.type(keys("r") + [.enter] + keys("kim") + [.enter], snapshot)
        XCTAssertEqual(model.type(keys("y"), snapshot), [.perform(.assignRole(.lead, "kim", productionAccessConfirmed: true))])
        _ = model.receive(.failed(message: "The disk is full."), snapshot: snapshot)
        XCTAssertEqual(model.question?.prompt, "Confirm kim has production access? y/n")
        XCTAssertTrue(screenText(model, snapshot).contains("The disk is full."))
        XCTAssertEqual(model.type(keys("y"), snapshot), [.perform(.assignRole(.lead, "kim", productionAccessConfirmed: true))], "y tries again")
    }

    /// A confirmation the record asks for only once the command is sent (another console's playbook, say) opens a y/n
    /// question that repeats the command confirmed; a failure of that brings back the name typed.
    func testConfirmedRetryThatFailsReopensTheOriginalPrompt() {
        var model = ConsoleModel()
        var story = Story.fresh()
        story.playbook.roster = [RosterEntry(name: "kim", productionAccess: true)]
        let snapshot = story.snapshot(actor: "sam")
        XCTAssertEqual(model.type(keys("r") + [.enter] + keys("kim") + [.enter], snapshot),
                       [.perform(.assignRole(.lead, "kim", productionAccessConfirmed: false))])
        let refusal = Refusal(.needsConfirmation(.productionAccess), what: "Incident lead not assigned.",
                              why: "The roster does not say whether kim has production access.", instead: "")
        XCTAssertEqual(model.receive(.refused(refusal), snapshot: snapshot), [])
        XCTAssertEqual(model.question?.prompt.hasSuffix("y/n"), true, model.question?.prompt ?? "")
        XCTAssertEqual(model.type(keys("y"), snapshot), [.perform(.assignRole(.lead, "kim", productionAccessConfirmed: true))])
        _ = model.receive(.failed(message: "The disk is full."), snapshot: snapshot)
        XCTAssertEqual(model.question?.prompt, "Who is incident lead? (name)")
        XCTAssertEqual(promptText(model), "kim")
    }

    // MARK: The Statuspage promise

    func testPromiseBeyondTheCadenceIsAskedAgainAtOnce() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "lee")
        let cadence = snapshot.playbook.cadenceMinutes(for: .p1)
        _ = model.type(keys("c2") + [.enter, .enter, .enter, .control("u")] + keys("Update") + [.enter], snapshot)
        for typed in ["\(cadence + 1)", "0", "-5"] {
            XCTAssertEqual(model.type(keys(typed) + [.enter], snapshot), [], typed)
            XCTAssertTrue(screenText(model, snapshot).contains("between 1 and \(cadence)"), typed)
            _ = model.type([.control("u")], snapshot)
        }
        let effects = model.type(keys("\(cadence)") + [.enter], snapshot)
        guard case let .perform(.sendComms(request))? = effects.first, effects.count == 1 else {
            return XCTFail("expected one Statuspage update, got \(effects)")
        }
        XCTAssertEqual(request.nextUpdateInMinutes, cadence)
        XCTAssertEqual(request.text, "Update")
    }

    // MARK: Pastes

    func testPasteGoesInAtTheCursorAndIsNeverRunAsKeys() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.type(keys("aStart end") + [.left, .left, .left], snapshot)
        XCTAssertEqual(model.handle([.paste("q quit\r\nR resolve\tnow ")], snapshot: snapshot), [])
        XCTAssertEqual(promptText(model), "Start q quit\nR resolve now end")
        // Another chunk of the same paste goes in after the first.
        XCTAssertEqual(model.handle([.paste("more ")], snapshot: snapshot), [])
        XCTAssertEqual(model.type([.enter], snapshot),
                       [.perform(.log(.action, text: "Start q quit\nR resolve now more end", at: nil))])
    }

    func testKeysThatArriveTogetherAreEachAKeyAndEveryEnterAccepts() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        // One read: text, Enter, then letters. The Enter submits; the letters after it are keys, not more text.
        XCTAssertEqual(model.handle(keys("f") + keys("Router 2 drops packets") + [.enter] + keys("a"), snapshot: snapshot),
                       [.perform(.log(.finding, text: "Router 2 drops packets", at: nil))])
        XCTAssertEqual(model.question?.title, "Log an action")
        XCTAssertEqual(promptText(model), "")
        // A one-line prompt too: Enter Enter in one read answers twice.
        var declaring = ConsoleModel()
        let welcome = ConsoleSnapshot(now: storyStart, timeZone: london, actor: "ana", size: Size(width: 100, height: 30))
        _ = declaring.handle(keys("n") + keys("Apps down") + [.enter, .enter], snapshot: welcome)
        XCTAssertEqual(declaring.question?.prompt, "Security incident? y/N")
        XCTAssertEqual(declaring.handle(keys("n"), snapshot: welcome), [.declare(title: "Apps down", priority: Playbook.standard.defaultPriority, securitySensitive: false, at: nil)])
        XCTAssertFalse(declaring.isPromptActive)
    }

    func testPasteIntoAOneLinePromptTurnsNewlinesIntoSpaces() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.type(keys(":"), snapshot)
        _ = model.handle([.paste("assign\nmember\r\nana")], snapshot: snapshot)
        XCTAssertEqual(model.type([.enter], snapshot), [.commandLine("assign member ana")])
    }

    func testPasteWithNoTextPromptOnlySaysWhereToPaste() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "kim")
        XCTAssertEqual(model.handle([.paste("q R ! :")], snapshot: snapshot), [])
        XCTAssertFalse(model.isPromptActive)
        XCTAssertEqual(model.message, ConsoleMessage("Paste into a prompt: press a, f, d or n first.", kind: .info))
        // Nor into a choice: the pasted digit must not pick an option.
        _ = model.type(keys("c"), snapshot)
        let before = model.question
        XCTAssertEqual(model.handle([.paste("2")], snapshot: snapshot), [])
        XCTAssertEqual(model.question, before)
    }

    func testPasteIsNotAKeyInTheTableBarOrHelp() {
        let snapshot = Story.busy().snapshot(actor: "kim")
        for binding in KeyTable.standard.bindings {
            XCTAssertFalse(binding.keys.contains { if case .paste = $0 { true } else { false } }, binding.label)
        }
        XCTAssertFalse(KeyTable.standard.markdown().contains("`paste`"))
        XCTAssertFalse(screenText(ConsoleModel(), snapshot).contains("paste"))
    }

    // MARK: Helpers

    private func refusalOf(_ command: Command, story: Story, actor: Person) -> Refusal {
        let context = DecisionContext(now: story.now, actor: actor, playbook: story.playbook, makeEventID: { UUID() })
        guard case let .failure(refusal) = decide(command, state: story.state, context: context) else {
            XCTFail("expected a refusal")
            return Refusal(.invalidInput, what: "", why: "", instead: "")
        }
        return refusal
    }
}
