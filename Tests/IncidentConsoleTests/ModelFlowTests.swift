/// Key flows through the model: which effects come out, and what confirmations and cancellations do.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class ModelFlowTests: XCTestCase {
    func testActionTypedThenEnterLogsAnAction() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        XCTAssertEqual(model.type(keys("a"), snapshot), [])
        XCTAssertEqual(model.question?.title, "Log an action")
        XCTAssertEqual(model.type(keys("Restarted cell 3"), snapshot), [])
        XCTAssertEqual(model.type([.enter], snapshot), [.perform(.log(.action, text: "Restarted cell 3", at: nil))])
        XCTAssertFalse(model.isPromptActive)
    }

    func testPastedParagraphWithNewlinesIsOneEntry() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        let paste = keys("f") + [.paste("line one\nline two\r\nline three")] + [.enter]
        XCTAssertEqual(model.handle(paste, snapshot: snapshot),
                       [.perform(.log(.finding, text: "line one\nline two\nline three", at: nil))])
    }

    func testEnterInTheMiddleOfABatchSubmitsAndTheKeysAfterItAreKeys() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        XCTAssertEqual(model.handle(keys("n") + keys("first") + [.enter] + keys("a") + keys("second"), snapshot: snapshot),
                       [.perform(.log(.note, text: "first", at: nil))])
        XCTAssertEqual(model.question?.title, "Log an action")
        XCTAssertEqual(model.handle([.enter], snapshot: snapshot), [.perform(.log(.action, text: "second", at: nil))])
    }

    func testEscapeCancelsAndProducesNothing() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        XCTAssertEqual(model.type(keys("dWe roll back"), snapshot), [])
        XCTAssertEqual(model.type([.escape], snapshot), [])
        XCTAssertFalse(model.isPromptActive)
        XCTAssertEqual(model.message?.text, "Cancelled: nothing was recorded.")
        // The typed text is gone: the next a starts empty and Enter asks again rather than logging.
        XCTAssertEqual(model.type(keys("a") + [.enter], snapshot), [])
        XCTAssertTrue(model.isPromptActive)
    }

    func testEmptyTextIsNotSubmitted() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        XCTAssertEqual(model.type(keys("a   ") + [.enter], snapshot), [])
        XCTAssertTrue(model.isPromptActive)
        XCTAssertTrue(screenText(model, snapshot).contains("Type the action first"))
    }

    func testRoleAssignmentThenProductionAccessConfirmation() {
        var model = ConsoleModel()
        let story = Story.fresh()
        let snapshot = story.snapshot(actor: "sam")
        XCTAssertEqual(model.type(keys("r"), snapshot), [])
        // The record would ask to confirm an unlisted lead's access: the dialog asks first, nothing is sent yet.
        XCTAssertEqual(model.type([.enter] + keys("kim") + [.enter], snapshot), [])
        let refusal = refusalOf(.assignRole(.lead, "kim", productionAccessConfirmed: false), story: story, actor: "sam")
        XCTAssertEqual(refusal.reason, .needsConfirmation(.productionAccess))
        XCTAssertEqual(model.question?.prompt, "Confirm kim has production access? y/n")
        XCTAssertEqual(model.question?.notes, [refusal.why], "the record's own words say why")
        XCTAssertEqual(model.type(keys("y"), snapshot), [.perform(.assignRole(.lead, "kim", productionAccessConfirmed: true))])
        XCTAssertEqual(model.receive(.accepted(summary: "kim is incident lead."), snapshot: snapshot), [])
        XCTAssertEqual(model.message, ConsoleMessage("kim is incident lead.", kind: .success))
    }

    func testConfirmationAnsweredNoRecordsNothing() {
        var model = ConsoleModel()
        let story = Story.fresh()
        let snapshot = story.snapshot(actor: "sam")
        _ = model.type(keys("r") + [.enter] + keys("kim") + [.enter], snapshot)
        XCTAssertEqual(model.type(keys("n"), snapshot), [])
        // Back to the name, to choose someone with access; nothing recorded.
        XCTAssertEqual(model.question?.prompt, "Who is incident lead? (name)")
        XCTAssertEqual(story.state.lead, nil)
    }

    func testStatuspageUpdateWithComponentsTemplateAndPromise() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "lee")
        var effects = model.type(keys("c2"), snapshot)              // channel 2: Statuspage
        effects += model.type(keys("3"), snapshot)                  // status 3: identified (after "keep")
        effects += model.type([.down, .down, .character(" ")], snapshot) // tick API
        effects += model.type([.enter], snapshot)                   // accept components
        XCTAssertEqual(model.question?.prompt, "Template:")
        effects += model.type([.enter], snapshot)                   // suggested template for "identified"
        effects += model.type([.control("u")] + keys("Router pool overloaded; scaling out.") + [.enter], snapshot)  // over the template's text
        effects += model.type(keys("30") + [.enter], snapshot)
        XCTAssertEqual(effects, [.perform(.sendComms(CommsRequest(
            channel: .statuspage, text: "Router pool overloaded; scaling out.", status: .identified,
            components: ["Platform HTTPS", "API", "apps"], template: "Issue identified", nextUpdateInMinutes: 30)))])
    }

    func testPromiseMustBeANumber() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "lee")
        _ = model.type(keys("c2") + [.enter, .enter, .enter, .control("u")] + keys("Update") + [.enter], snapshot)
        XCTAssertEqual(model.type(keys("soon") + [.enter], snapshot), [])
        XCTAssertTrue(screenText(model, snapshot).contains("Type a number of minutes"))
        XCTAssertEqual(model.type([.control("u"), .enter], snapshot).count, 1)
    }

    func testNoComponentsIsAskedAtOnceAndNoGoesBackToTheComponents() {
        var model = ConsoleModel()
        let snapshot = Story.fresh().snapshot(actor: "sam")
        _ = model.type(keys("c2") + [.enter, .enter], snapshot)
        XCTAssertEqual(model.question?.prompt, "No components ticked: subscribers will NOT be notified. Send anyway? y/N")
        _ = model.type(keys("n"), snapshot)
        XCTAssertEqual(model.question?.prompt, "Affected components (Space ticks, Enter accepts):", "back to tick them")
        let first = Playbook.standard.statuspage.components[0]
        let effects = model.type(keys(" ") + [.enter, .enter, .control("u")] + keys("Investigating") + [.enter, .enter], snapshot)
        XCTAssertEqual(effects, [.perform(.sendComms(CommsRequest(channel: .statuspage, text: "Investigating", status: .investigating,
                                                                   components: [first], template: "Possible issue being investigated")))])
    }

    func testAfterAReopenTheUpdateSuggestsInvestigatingAgain() {
        var story = Story.busy()
        story.run(.resolve(with: ["priya", "dan"], note: nil), as: "kim")
        story.run(.setStatuspageStatus(.resolved), as: "lee")
        story.run(.reopen(reason: "errors are back"), as: "kim")
        var model = ConsoleModel()
        let snapshot = story.snapshot(actor: "lee")
        _ = model.type(keys("c2"), snapshot)
        guard case let .choice(statuses)? = model.question?.input else { return XCTFail("status is a choice") }
        XCTAssertEqual(statuses.options[statuses.selected].label, "investigating")
        _ = model.type([.enter, .enter], snapshot)
        guard case let .choice(templates)? = model.question?.input else { return XCTFail("template is a choice") }
        XCTAssertEqual(templates.options[templates.selected].label, "Possible issue being investigated")
    }

    func testGoingBackFromNoComponentsKeepsWhatWasUnticked() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "lee")  // the last update ticked two components
        _ = model.type(keys("c2") + [.enter], snapshot)
        guard case let .multiChoice(before)? = model.question?.input else { return XCTFail("components") }
        let untick = before.tickedInOrder.flatMap { index in Array(repeating: KeyEvent.down, count: index) + [.character(" ")] + Array(repeating: KeyEvent.up, count: index) }
        _ = model.type(untick + [.enter] + keys("n"), snapshot)
        guard case let .multiChoice(after)? = model.question?.input else { return XCTFail("back to components") }
        XCTAssertTrue(after.tickedInOrder.isEmpty, "still unticked: \(after.tickedInOrder)")
    }

    func testSendingWithNoComponentsOnceConfirmedIsNotAskedAgain() {
        var model = ConsoleModel()
        let snapshot = Story.fresh().snapshot(actor: "sam")
        let effects = model.type(keys("c2") + [.enter, .enter] + keys("y") + [.enter, .control("u")] + keys("Investigating") + [.enter, .enter], snapshot)
        var request = CommsRequest(channel: .statuspage, text: "Investigating", status: .investigating,
                                   template: "Possible issue being investigated")
        request.confirmedNoNotification = true
        XCTAssertEqual(effects, [.perform(.sendComms(request))])
    }

    func testResolvedIsOfferedOnlyAfterResolutionAndTheFinalUpdatePromisesNothing() {
        var model = ConsoleModel()
        let active = Story.busy().snapshot(actor: "lee")
        _ = model.type(keys("c2"), active)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("status is a choice") }
        XCTAssertFalse(list.options.map(\.label).contains("resolved"))
        _ = model.type([.escape], active)

        var story = Story.busy()
        story.run(.resolve(with: ["priya", "dan"], note: nil), as: "kim")
        let resolved = story.snapshot(actor: "lee")
        _ = model.type(keys("c2"), resolved)
        guard case let .choice(after)? = model.question?.input else { return XCTFail("status is a choice") }
        XCTAssertEqual(after.options[after.selected].label, "resolved", "the final update is preselected")
        // Status, components kept, template, text: sent without asking for a promise.
        let effects = model.type([.enter, .enter, .enter] + keys("All fixed") + [.enter], resolved)
        guard case let .perform(.sendComms(request))? = effects.first else { return XCTFail("sent: \(effects)") }
        XCTAssertEqual(request.status, .resolved)
        XCTAssertNil(request.nextUpdateInMinutes)
    }

    func testTeamMessageSkipsStatuspageQuestions() {
        var model = ConsoleModel()
        let snapshot = Story.fresh().snapshot(actor: "sam")
        XCTAssertEqual(model.type(keys("c") + [.enter] + keys("Incident declared") + [.enter], snapshot),
                       [.perform(.sendComms(CommsRequest(channel: .team, text: "Incident declared")))])
    }

    func testResolvePrefillsTheManagersAndConfirms() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "kim")
        XCTAssertEqual(model.type(keys("R") + [.enter, .enter, .enter], snapshot), [])
        XCTAssertEqual(model.question?.prompt, "Resolve now, decided with priya and dan? y/N")
        XCTAssertEqual(model.type([.enter], snapshot), [], "Enter takes the default, no")
        _ = model.type(keys("R") + [.enter, .enter] + keys("Error rates normal") + [.enter], snapshot)
        XCTAssertEqual(model.type(keys("y"), snapshot), [.perform(.resolve(with: ["priya", "dan"], note: "Error rates normal"))])
    }

    func testSnoozeOffersThePlaybookLengths() {
        var model = ConsoleModel()
        let snapshot = Story.overdue().snapshot(actor: "lee")
        _ = model.type(keys("z"), snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("snooze is a choice") }
        XCTAssertEqual(list.options.map(\.label), ["5 min", "10 min", "15 min"])
        XCTAssertEqual(model.type([.down, .enter], snapshot), [.perform(.snoozeCommsReminder(minutes: 10))])
    }

    func testEscalationDefaultsToTheNextLevel() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "lee")
        // Head of Reliability Engineering is being contacted: the flow suggests "reached".
        XCTAssertEqual(model.type(keys("e") + [.enter, .enter] + keys("picked up") + [.enter], snapshot),
                       [.perform(.escalate(level: "head-of-reliability-engineering", step: .reached, note: "picked up"))])
    }

    func testSecurityBreachConfirmsFirst() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "kim")
        XCTAssertEqual(model.type(keys("!") + [.enter], snapshot), [], "Enter takes the default, no")
        XCTAssertEqual(model.type(keys("!y") + keys("odd logins") + [.enter], snapshot),
                       [.perform(.suspectSecurityBreach(note: "odd logins"))])
    }

    func testDeclareFromTheWelcomeScreen() {
        var model = ConsoleModel()
        let snapshot = ConsoleSnapshot(now: storyStart, timeZone: london, actor: "sam", size: Size(width: 100, height: 30))
        _ = model.type(keys("n") + keys("Database down") + [.enter], snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("priority is a choice") }
        XCTAssertEqual(list.selected, 0, "the playbook default, P1, is preselected")
        XCTAssertEqual(model.type([.down, .enter] + keys("y"), snapshot),
                       [.declare(title: "Database down", priority: .p2, securitySensitive: true, at: nil)])
    }

    func testAFailedDeclarationComesBackWithItsTitleInView() {
        var model = ConsoleModel()
        let snapshot = ConsoleSnapshot(now: storyStart, timeZone: london, actor: "sam", size: Size(width: 100, height: 30))
        XCTAssertEqual(model.type(keys("n") + keys("Database down") + [.enter, .enter, .enter], snapshot),
                       [.declare(title: "Database down", priority: .p1, securitySensitive: false, at: nil)])
        XCTAssertEqual(model.receive(.failed(message: "The incident store is locked by another writer; try again."), snapshot: snapshot),
                       [.bell])
        XCTAssertEqual(model.question?.title, "Declare: Database down")
        XCTAssertTrue(screenText(model, snapshot).contains("Declare: Database down"))
    }

    func testLeavingAnIncidentShowsTheListWithItSelectedAndForgetsItsSearch() {
        var model = ConsoleModel()
        let story = Story.busy()
        let open = [IncidentID("INC-OTHER"), Story.id].map {
            IncidentListing(id: $0, title: $0.rawValue, priority: .p1, phase: .active, declaredAt: storyStart)
        }
        let inIncident = ConsoleSnapshot(state: story.state, openIncidents: open, playbook: story.playbook, now: story.now,
                                         timeZone: london, actor: "kim", size: Size(width: 100, height: 30))
        _ = model.type(keys("/") + keys("router") + [.enter] + keys("3"), inIncident)
        XCTAssertNotNil(model.searchQuery)
        XCTAssertEqual(model.type(keys("i"), inIncident), [.leaveIncident])
        XCTAssertNil(model.searchQuery)
        XCTAssertEqual(model.focus, .timeline)
        XCTAssertTrue(model.isFollowingTimeline)
        let picker = ConsoleSnapshot(openIncidents: open, now: story.now, timeZone: london, actor: "kim", size: Size(width: 100, height: 30))
        XCTAssertEqual(model.type([.enter], picker), [.open(Story.id)], "the incident just left is selected")
        XCTAssertEqual(model.type(keys("k") + [.enter], picker), [.open(IncidentID("INC-OTHER"))])
    }

    func testThePickerKeepsItsSelectionWhenAnotherIncidentIsDeclared() {
        var model = ConsoleModel()
        let listing = { (id: String) in IncidentListing(id: IncidentID(id), title: id, priority: .p1, phase: .active, declaredAt: storyStart) }
        let size = Size(width: 100, height: 30)
        let before = ConsoleSnapshot(openIncidents: [listing("INC-B"), listing("INC-A")], now: storyStart, timeZone: london, actor: "sam", size: size)
        _ = model.type(keys("j"), before)
        // Another console declares INC-C, which sorts first: the selection stays on INC-A.
        let after = ConsoleSnapshot(openIncidents: [listing("INC-C"), listing("INC-B"), listing("INC-A")], now: storyStart,
                                    timeZone: london, actor: "sam", size: size)
        XCTAssertTrue(screenText(model, after).contains("▶ INC-A"), screenText(model, after))
        XCTAssertEqual(model.type([.enter], after), [.open(IncidentID("INC-A"))])
    }

    func testKeysDoNothingWhileTheScreenIsTooSmallExceptQuitting() {
        var model = ConsoleModel()
        let tiny = Story.busy().snapshot(actor: "kim", width: 60, height: 20)
        XCTAssertEqual(model.type(keys("ablind") + [.enter] + keys("R"), tiny), [])
        XCTAssertFalse(model.isPromptActive, "no dialog opens unseen")
        XCTAssertEqual(model.type([.control("l")], tiny), [.redraw])
        XCTAssertEqual(model.type(keys("q"), tiny), [.quit])
        // Back at a usable size, the same keys work again.
        let usable = Story.busy().snapshot(actor: "kim")
        _ = model.type(keys("a"), usable)
        XCTAssertTrue(model.isPromptActive)
    }

    func testARoleTakenMeanwhileIsPointedOutBeforeItIsHandedOver() {
        var model = ConsoleModel()
        let story = Story.fresh()
        let before = story.snapshot(actor: "sam")
        _ = model.type(keys("r") + [.enter] + keys("lee"), before)
        // Another console makes kim lead while sam is typing.
        var meanwhile = story
        meanwhile.run(.assignRole(.lead, "kim", productionAccessConfirmed: true), as: "sam")
        let after = meanwhile.snapshot(actor: "sam")
        XCTAssertEqual(model.type([.enter], after), [])
        XCTAssertTrue(screenText(model, after).contains("kim became incident lead meanwhile"), screenText(model, after))
        XCTAssertEqual(model.type([.enter], after), [])
        XCTAssertEqual(model.question?.prompt, "Confirm lee has production access? y/n")
        XCTAssertEqual(model.type(keys("y"), after), [.perform(.assignRole(.lead, "lee", productionAccessConfirmed: true))])
    }

    func testTheHeaderCountsTheOtherOpenIncidents() {
        let story = Story.busy()
        let listing = { (id: IncidentID) in IncidentListing(id: id, title: id.rawValue, priority: .p1, phase: .active, declaredAt: storyStart) }
        let alone = ConsoleSnapshot(state: story.state, openIncidents: [listing(Story.id)], playbook: story.playbook, now: story.now,
                                    timeZone: london, actor: "kim", size: Size(width: 100, height: 30))
        XCTAssertFalse(screenText(alone).contains("open (i)"))
        let withAnother = ConsoleSnapshot(state: story.state, openIncidents: [listing(Story.id), listing(IncidentID("INC-OTHER"))],
                                          playbook: story.playbook, now: story.now, timeZone: london, actor: "kim",
                                          size: Size(width: 100, height: 30))
        let header = screenText(withAnother).split(separator: "\n")[0]
        XCTAssertTrue(header.contains("+1 open (i)  kim · INC-20260701-K7Q  ACTIVE"), String(header))
    }

    func testPickerOpensTheSelectedIncident() {
        var model = ConsoleModel()
        let open = ["INC-A", "INC-B"].map {
            IncidentListing(id: IncidentID($0), title: $0, priority: .p1, phase: .active, declaredAt: storyStart)
        }
        let snapshot = ConsoleSnapshot(openIncidents: open, now: storyStart, timeZone: london, actor: "sam", size: Size(width: 100, height: 30))
        XCTAssertEqual(model.type(keys("j") + [.enter], snapshot), [.open(IncidentID("INC-B"))])
        XCTAssertEqual(model.type(keys("jjj") + [.enter], snapshot), [.open(IncidentID("INC-B"))], "the selection stops at the end")
    }

    func testCommandLineIsHandedToTheRunLoop() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot()
        XCTAssertEqual(model.type(keys(":assign member ana") + [.enter], snapshot), [.commandLine("assign member ana")])
    }

    func testQuitAndControlCQuitEvenInAPrompt() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot()
        XCTAssertEqual(model.type(keys("q"), snapshot), [.quit])
        XCTAssertEqual(model.type(keys("ahalf typed") + [.control("c")], snapshot), [.quit])
    }

    func testControlLAsksForARedraw() {
        var model = ConsoleModel()
        XCTAssertEqual(model.type([.control("l")], Story.busy().snapshot()), [.redraw])
    }

    func testRefusalShowsInFullInRedUntilTheNextKey() {
        var model = ConsoleModel()
        let story = Story.busy()
        let snapshot = story.snapshot(actor: "ana")
        let refusal = refusalOf(.log(.productionChange, text: "x", at: nil), story: story, actor: "ana")
        XCTAssertEqual(model.receive(.refused(refusal), snapshot: snapshot), [.bell])
        let grid = ConsoleRenderer.render(model, snapshot)
        let text = grid.textLines().joined(separator: " ").split(separator: " ").joined(separator: " ")
        XCTAssertTrue(text.contains("Production change not logged. Only the incident lead (kim) makes production changes."))
        XCTAssertTrue(text.contains("or log your work as an action"))
        let row = grid.textLines().firstIndex { $0.contains("Production change not logged.") }!
        XCTAssertEqual(grid[1, row].style, Theme.standard.danger)
        _ = model.type([.tab], snapshot)
        XCTAssertNil(model.message)
    }

    func testALongSavedMessageTakesOneRowAndLeavesThePanesAlone() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "kim", width: 80, height: 24)
        let untouched = ConsoleRenderer.render(model, snapshot).textLines()
        let summary = "Saved: " + (1...40).map { "router\($0) link down" }.joined(separator: "\n")
        _ = model.receive(.accepted(summary: summary), snapshot: snapshot)
        let lines = ConsoleRenderer.render(model, snapshot).textLines()
        let messageRow = lines.count - 2
        XCTAssertTrue(lines[messageRow].hasPrefix(" Saved: router1 link down"), lines[messageRow])
        XCTAssertTrue(lines[messageRow].trimmingCharacters(in: .whitespaces).hasSuffix("…"), lines[messageRow])
        XCTAssertEqual(Array(lines[..<messageRow]), Array(untouched[..<messageRow]), "the panes are not covered")
    }

    func testDisabledKeySaysWhyAndDoesNothing() {
        var model = ConsoleModel()
        let snapshot = Story.fresh().snapshot(actor: "sam")
        XCTAssertEqual(model.type(keys("s"), snapshot), [])
        XCTAssertFalse(model.isPromptActive)
        XCTAssertEqual(model.message?.text, "s: Statuspage status not changed. There is no Statuspage incident yet. Create it first with a Statuspage update using \"Possible issue being investigated\" (c).")
    }

    func testProductionChangeByNonLeadShowsTheRecordsReasonOverTheTextAndStillGoesToTheCore() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.type(keys("p"), snapshot)
        XCTAssertTrue(model.isPromptActive, "typed text lands in the field, never read as keys")
        XCTAssertTrue(screenText(model, snapshot).contains("Only the incident lead (kim) makes production changes"))
        XCTAssertEqual(model.type(keys("Restarted router") + [.enter], snapshot),
                       [.perform(.log(.productionChange, text: "Restarted router", at: nil))])
    }

    private func refusalOf(_ command: Command, story: Story, actor: Person) -> Refusal {
        let context = DecisionContext(now: story.now, actor: actor, playbook: story.playbook, makeEventID: { UUID() })
        guard case let .failure(refusal) = decide(command, state: story.state, context: context) else {
            XCTFail("expected a refusal")
            return Refusal(.invalidInput, what: "", why: "", instead: "")
        }
        return refusal
    }
}
