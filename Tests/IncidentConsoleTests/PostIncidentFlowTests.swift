/// The keys for after the incident: key times, the report's text, the steps after resolution, downgrade, and the
/// "when" field every recording dialog carries.
import Foundation
@testable import IncidentConsole
import IncidentCore
import IncidentReporting
import ScreenGrid
import XCTest

final class PostIncidentFlowTests: XCTestCase {
    /// 08:20 UTC on the story's day: ten minutes before the story's declaration.
    let tenBefore = storyStart.addingTimeInterval(-10 * 60)
    let tenBeforeText = "2026-07-01T08:20:00Z"

    // MARK: Key times

    func testMarkOffersTheFourKeyTimesAndTakesANote() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "kim")
        _ = model.type(keys("m"), snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("m asks which moment") }
        XCTAssertEqual(list.options.map(\.label), ["Impact started", "Detected", "Mitigated", "Fully recovered"])
        XCTAssertEqual(model.type(keys("2") + keys("paged by the 502 alert") + [.enter], snapshot),
                       [.perform(.markKeyTime(.detected, note: "paged by the 502 alert"))])
    }

    func testTheWhenFieldDatesAKeyTime() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "kim")
        _ = model.type(keys("m"), snapshot)
        XCTAssertTrue(model.keyContext(for: snapshot).whenAvailable)
        _ = model.type([.tab] + keys(tenBeforeText), snapshot)
        XCTAssertEqual(model.keyContext(for: snapshot).mode, .textPrompt, "keys go to the when field")
        _ = model.type([.enter], snapshot)
        XCTAssertNil(model.dialog?.error)
        XCTAssertEqual(model.keyContext(for: snapshot).mode, .choicePrompt, "Enter goes back to the question")
        XCTAssertEqual(model.type(keys("1") + [.enter], snapshot),
                       [.perform(.backdated(.markKeyTime(.impactStarted, note: nil), at: tenBefore))])
    }

    // MARK: The "when" field

    /// An entry keeps its time in its own field, as `incident log --at` does.
    func testAnEntryTakesTheWhenAsItsOwnTime() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.type(keys("a") + keys("Restarted router 2") + [.tab] + keys(tenBeforeText) + [.tab], snapshot)
        XCTAssertEqual(model.type([.enter], snapshot), [.perform(.log(.action, text: "Restarted router 2", at: tenBefore))])
    }

    func testAWhenThatIsNotATimeKeepsTheDialogAndSaysWhy() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        _ = model.type(keys("a") + keys("Restarted router 2") + [.tab] + keys("teatime") + [.tab], snapshot)
        XCTAssertEqual(model.dialog?.error?.hasPrefix("When: \"teatime\" is not a time."), true)
        XCTAssertEqual(model.type([.enter], snapshot), [], "nothing is sent with a time that is not one")
        XCTAssertEqual(model.dialog?.editingWhen, true, "the when field has the keys, to fix it")
        XCTAssertEqual(model.dialog?.when.text, "teatime")
        XCTAssertEqual(promptText(model), "Restarted router 2", "the entry is kept as typed")
        _ = model.type([.control("u")] + [.enter], snapshot)
        XCTAssertEqual(model.type([.enter], snapshot), [.perform(.log(.action, text: "Restarted router 2", at: nil))],
                       "an empty when means now")
    }

    /// The CLI's parsers come in through the snapshot: the console reads whatever they read.
    func testTheWhenIsReadByTheParserTheRunLoopGives() {
        var model = ConsoleModel()
        var snapshot = Story.busy().snapshot(actor: "lee")
        snapshot.readTime = TimeReader(past: { text, now, _ in text == "15m ago" ? now.addingTimeInterval(-900) : nil },
                                       ahead: { _, _, _ in nil })
        _ = model.type(keys("s") + [.tab] + keys("15m ago") + [.tab], snapshot)
        XCTAssertEqual(model.type([.enter], snapshot),
                       [.perform(.backdated(.setStatuspageStatus(.identified), at: snapshot.now.addingTimeInterval(-900)))])
    }

    /// The when stays with the dialog through its questions, and a declaration takes it too.
    func testADeclarationCanStartEarlier() {
        var model = ConsoleModel()
        let snapshot = ConsoleSnapshot(now: storyStart, timeZone: london, actor: "sam", size: Size(width: 100, height: 30))
        _ = model.type(keys("n") + [.tab] + keys(tenBeforeText) + [.tab], snapshot)
        _ = model.type(keys("Apps unreachable") + [.enter], snapshot)
        _ = model.type([.enter], snapshot)
        XCTAssertEqual(model.type(keys("n"), snapshot),
                       [.declare(title: "Apps unreachable", priority: .p1, securitySensitive: false, at: tenBefore)])
    }

    /// The record refuses a back-dated command by the rules at that time: the dialog comes back, the when with it,
    /// and says what was refused, why, and what to do instead.
    func testARefusedBackDatedCommandComesBackWithItsReason() {
        var model = ConsoleModel()
        let story = Story.busy()
        let snapshot = story.snapshot(actor: "kim")
        // Kim became lead two minutes after the declaration; ten minutes before it nobody was lead.
        _ = model.type(keys("p") + keys("Scaled the pool") + [.tab] + keys(tenBeforeText) + [.tab], snapshot)
        let effects = model.type([.enter], snapshot)
        guard case let .perform(command)? = effects.first else { return XCTFail("sent: \(effects)") }
        XCTAssertEqual(command, .log(.productionChange, text: "Scaled the pool", at: tenBefore))
        let context = DecisionContext(now: story.now, actor: "kim", playbook: story.playbook, makeEventID: { UUID() })
        guard case let .failure(refusal) = decide(command, state: story.state, context: context) else {
            return XCTFail("the record takes a change from before anyone was lead")
        }
        _ = model.receive(.refused(refusal), snapshot: snapshot)
        XCTAssertEqual(model.dialog?.error, KeyTable.standard.text(of: refusal))
        XCTAssertTrue(model.dialog?.error?.hasSuffix("(r).") ?? false, "the remedy is the roles key")
        XCTAssertTrue(refusal.why.contains("no lead is assigned"), refusal.why)
        XCTAssertEqual(model.dialog?.when.text, tenBeforeText, "the time typed comes back too")
        XCTAssertEqual(promptText(model), "Scaled the pool")
        let text = screenText(model, snapshot)
        XCTAssertTrue(text.contains("Production change not logged."), text)
    }

    /// A confirmation the record asks for keeps the command's time.
    func testAConfirmedRetryKeepsTheTime() {
        var model = ConsoleModel()
        let snapshot = Story.fresh().snapshot(actor: "sam")
        _ = model.type(keys("r") + [.enter] + keys("zoe") + [.tab] + keys(tenBeforeText) + [.tab], snapshot)
        XCTAssertEqual(model.type([.enter], snapshot), [], "the record's question about access is asked first")
        XCTAssertEqual(model.type(keys("y"), snapshot),
                       [.perform(.backdated(.assignRole(.lead, "zoe", productionAccessConfirmed: true), at: tenBefore))])
    }

    /// Corrections, strikes, snoozes and report text happen now: their dialogs have no when, and Tab is text there.
    func testDialogsAboutTheRecordItselfTakeNoWhen() {
        let snapshot = Story.busy().snapshot(actor: "kim")
        for key in ["E", "X", "z", "w"] {
            var model = ConsoleModel()
            _ = model.type(keys(key), snapshot)
            XCTAssertNotNil(model.dialog, key)
            XCTAssertFalse(model.keyContext(for: snapshot).whenAvailable, "\(key) takes no when")
            XCTAssertFalse(screenText(model, snapshot).contains("When:"), key)
        }
        var model = ConsoleModel()
        _ = model.type(keys("w") + [.enter] + keys("a") + [.tab] + keys("b"), snapshot)
        XCTAssertEqual(promptText(model), "a b")
    }

    // MARK: The report's text

    func testTheReportsSectionsAreWrittenPrefilledWithTheirText() {
        var story = Story.postIncident()
        story.run(.writeReportText(.summary, text: "Routers saturated."), as: "kim")
        var model = ConsoleModel()
        let snapshot = story.snapshot(actor: "kim")
        _ = model.type(keys("w"), snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("w asks which part") }
        XCTAssertEqual(list.options.map(\.label), ["Summary", "Impact", "Root cause", "What went well", "What went badly",
                                                   "Review outcome", "Follow-up action"])
        XCTAssertEqual(list.selected, 1, "the first part not written yet")
        _ = model.type(keys("1"), snapshot)
        XCTAssertEqual(promptText(model), "Routers saturated.")
        XCTAssertEqual(model.type(keys(" Pool doubled.") + [.enter], snapshot),
                       [.perform(.writeReportText(.summary, text: "Routers saturated. Pool doubled."))])
    }

    func testTheRootCauseTakesACategory() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "lee")
        _ = model.type(keys("w3"), snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("the root cause asks its kind") }
        XCTAssertEqual(list.options.map(\.label), ["Code change", "Configuration", "Capacity", "Supplier or third party",
                                                   "Operation", "Design", "Unknown"])
        XCTAssertEqual(model.type(keys("3") + keys("Router pool sized for last year's traffic") + [.enter], snapshot),
                       [.perform(.writeRootCause(.capacity, text: "Router pool sized for last year's traffic"))])
    }

    func testAFollowUpActionHasAnOwnerAndAnOptionalTracker() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "lee")
        _ = model.type(keys("w7") + keys("Alert on router CPU") + [.enter] + keys("kim") + [.enter], snapshot)
        XCTAssertEqual(model.type(keys("PAAS-1234") + [.enter], snapshot),
                       [.perform(.agreeFollowUp(action: "Alert on router CPU", owner: "kim", tracker: "PAAS-1234"))])
        _ = model.type(keys("w7") + keys("Load test") + [.enter] + keys("ana") + [.enter], snapshot)
        XCTAssertEqual(model.type([.enter], snapshot), [.perform(.agreeFollowUp(action: "Load test", owner: "ana", tracker: nil))])
    }

    // MARK: After resolution

    /// The core is asked, before anything is typed, what it would make of each step: for someone neither lead nor
    /// comms, writing and publishing say who records them.
    func testTheStepsAfterResolutionSayWhatTheRecordWouldRefuse() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "ana")
        _ = model.type(keys("P"), snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("P asks which step") }
        XCTAssertEqual(list.options.map(\.label), ["Report written", "Report published", "Report not published (withheld)",
                                                   "Review scheduled", "Review held", "Close the incident", "Reopen the incident"])
        XCTAssertEqual(list.options[0].detail?.hasPrefix("done "), true)
        XCTAssertEqual(list.options[1].detail, "refused now: That is recorded by the incident lead or comms (kim or lee).")
        XCTAssertEqual(list.options[5].detail?.hasPrefix("refused now: Steps still open:"), true)
        _ = model.type(keys("2"), snapshot)
        XCTAssertEqual(model.question?.notesWarn, true)
        XCTAssertTrue(model.question?.notes.contains { $0.contains("The record would refuse this now: Report not published.") } ?? false)
    }

    func testCommsPublishesTheReport() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "lee")
        XCTAssertEqual(model.type(keys("P2y"), snapshot), [.perform(.publishReport(overrideReason: nil))])
    }

    func testTheReviewIsScheduledAndHeldWithThoseWhoCame() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "kim")
        _ = model.type(keys("P4"), snapshot)
        XCTAssertFalse(model.keyContext(for: snapshot).whenAvailable, "a review's date is given with it")
        XCTAssertEqual(model.type(keys("2026-07-03T13:00:00Z") + [.enter], snapshot),
                       [.perform(.scheduleReview(at: Date(timeIntervalSince1970: 1_783_083_600), overrideReason: nil))])
        _ = model.type(keys("P5"), snapshot)
        XCTAssertEqual(promptText(model), "kim, lee, priya, dan", "the role holders are filled in")
        XCTAssertEqual(model.type(keys(", ana") + [.enter], snapshot),
                       [.perform(.recordReviewHeld(attendees: ["kim", "lee", "priya", "dan", "ana"]))])
    }

    func testAReviewPastTheDeadlineAsksWhy() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "kim")
        _ = model.type(keys("P4") + keys("2026-07-20T13:00:00Z") + [.enter], snapshot)
        XCTAssertEqual(model.question?.prompt, "That is past the review deadline: why must it be later?")
        XCTAssertEqual(model.type(keys("the lead is on leave") + [.enter], snapshot),
                       [.perform(.scheduleReview(at: Date(timeIntervalSince1970: 1_784_552_400), overrideReason: "the lead is on leave"))])
    }

    func testAClosedIncidentOffersOnlyReopen() {
        var story = Story.postIncident()
        story.run(.completeStep(StepID.statusPageOperational, note: nil), as: "lee")
        story.run(.scheduleReview(at: story.now, overrideReason: nil), as: "kim")
        story.run(.recordReviewHeld(attendees: ["kim", "lee"]), as: "kim")
        story.run(.publishReport(overrideReason: nil), as: "lee")
        story.run(.skipStep(StepID.trackerStory, reason: "No changes to track"), as: "kim")
        story.run(.close, as: "kim")
        var model = ConsoleModel()
        let snapshot = story.snapshot(actor: "kim")
        _ = model.type(keys("P"), snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("P works on a closed incident") }
        XCTAssertEqual(list.options.map(\.label), ["Reopen the incident"])
        XCTAssertEqual(model.type([.enter] + keys("errors are back") + [.enter], snapshot), [.perform(.reopen(reason: "errors are back"))])
    }

    func testPIsOffWhileTheIncidentIsActive() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "kim")
        XCTAssertEqual(model.type(keys("P"), snapshot), [])
        XCTAssertNil(model.dialog)
        XCTAssertEqual(model.message?.text, "P: Not recorded. That step comes after resolution; the incident is still active. Resolve it first with the product and delivery managers (R).")
    }

    func testTheLeadDowngradesWithTheManagers() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "kim")
        _ = model.type(keys("D"), snapshot)
        guard case let .choice(list)? = model.question?.input else { return XCTFail("D asks the priority") }
        XCTAssertEqual(list.options.map(\.label), ["P2", "P3", "P4"])
        XCTAssertEqual(model.type([.enter, .enter, .enter, .enter], snapshot),
                       [.perform(.downgrade(to: .p2, with: ["priya", "dan"], note: nil))])
    }

    // MARK: The report screen

    func testTheReportOpensScrollsTogglesAndSaves() {
        var model = ConsoleModel()
        let story = Story.postIncident()
        let snapshot = story.snapshot(actor: "kim")
        _ = model.type(keys("v"), snapshot)
        XCTAssertEqual(model.keyContext(for: snapshot).mode, .report)
        var text = screenText(model, snapshot)
        XCTAssertTrue(text.contains("Report (internal): p public, s save, Esc closes"), text)
        XCTAssertTrue(text.contains("Incident report"), text)
        XCTAssertEqual(model.keyTable.barEntries(in: model.keyContext(for: snapshot)).map(\.action),
                       [.writeReportText, .toggleReportAudience, .writeReportFile, .closeReport, .scrollDown, .quit])
        _ = model.type(keys("p"), snapshot)
        text = screenText(model, snapshot)
        XCTAssertTrue(text.contains("Report (public): p internal"), text)
        _ = model.type(keys("s"), snapshot)
        XCTAssertEqual(promptText(model), "./INC-20260701-K7Q-report-public.md")
        let markdown = ReportDocument(state: story.state, playbook: story.playbook, audience: .public).markdown()
        XCTAssertEqual(model.type([.enter], snapshot),
                       [.writeFile(path: "./INC-20260701-K7Q-report-public.md", contents: markdown, overwrite: false)])
        _ = model.receive(.fileExists(path: "./INC-20260701-K7Q-report-public.md"), snapshot: snapshot)
        XCTAssertEqual(model.question?.prompt, "./INC-20260701-K7Q-report-public.md exists. Replace it? y/N")
        XCTAssertEqual(model.type(keys("n"), snapshot), [], "n writes nothing")
        _ = model.type(keys("s") + [.enter], snapshot)
        _ = model.receive(.fileExists(path: "./INC-20260701-K7Q-report-public.md"), snapshot: snapshot)
        XCTAssertEqual(model.type(keys("y"), snapshot),
                       [.writeFile(path: "./INC-20260701-K7Q-report-public.md", contents: markdown, overwrite: true)])
        _ = model.receive(.accepted(summary: "Saved the report to ./INC-20260701-K7Q-report-public.md (replaced)."), snapshot: snapshot)
        XCTAssertEqual(model.keyContext(for: snapshot).mode, .report, "the report stays open")
        _ = model.type([.escape], snapshot)
        XCTAssertEqual(model.keyContext(for: snapshot).mode, .incident)
    }

    /// j, G and g move through the report's lines as drawn (its length is the record's), never past its end.
    func testTheReportScrollsWithTheMovementKeys() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "kim", width: 80, height: 24)
        _ = model.type(keys("v"), snapshot)
        let context = RenderContext(snapshot)
        let body = ScreenLayout(snapshot, context: context).body
        let lines = ReportView.lines(ReportScreen().markdown(snapshot), width: PaneFrame.content(of: body).width, context: context)
        let limit = max(0, lines.count - PaneFrame.content(of: body).height)
        _ = model.type(keys("j"), snapshot)
        XCTAssertEqual(model.report?.scroll, min(1, limit))
        _ = model.type(keys("G"), snapshot)
        XCTAssertEqual(model.report?.scroll, limit)
        _ = model.type(keys("jj") + [.pageDown], snapshot)
        XCTAssertEqual(model.report?.scroll, limit, "never past the end")
        _ = model.type(keys("g"), snapshot)
        XCTAssertEqual(model.report?.scroll, 0)
    }
}

final class ReportCacheTests: XCTestCase {
    /// The report screen drawn with the render cache (the document kept between frames) is the one drawn fresh, after
    /// idle seconds, a new entry, and a switch to the public version.
    func testTheReportDrawnWithTheCacheIsTheReportDrawnFresh() {
        var story = Story.postIncident()
        let cache = RenderCache()
        var model = ConsoleModel()
        func snapshot() -> ConsoleSnapshot {
            var snapshot = story.snapshot(actor: "kim")
            snapshot.renderCache = cache
            return snapshot
        }
        func expectFresh(_ what: String, file: StaticString = #filePath, line: UInt = #line) {
            let cached = ConsoleRenderer.render(model, snapshot(), cache: cache)
            XCTAssertEqual(cached, ConsoleRenderer.render(model, story.snapshot(actor: "kim")), what, file: file, line: line)
        }
        _ = model.type(keys("v"), snapshot())
        expectFresh("opened")
        story.advance(minutes: 1)
        expectFresh("an idle minute")
        story.run(.writeReportText(.summary, text: "Routers saturated"), as: "kim")
        expectFresh("the summary written")
        _ = model.type(keys("p"), snapshot())
        expectFresh("the public version")
    }
}

final class WhenClearedTests: XCTestCase {
    /// A when typed before choosing a step that takes its own date (the review's) is not silently dropped.
    func testAWhenGivenBeforeChoosingTheReviewsDateIsClearedAndSaid() {
        var model = ConsoleModel()
        let snapshot = Story.postIncident().snapshot(actor: "kim")
        _ = model.type(keys("P") + [.tab] + keys("2026-07-01T10:00:00Z") + [.tab] + keys("4"), snapshot)
        XCTAssertEqual(model.dialog?.error, "The when given is not used here: this step takes its own date.")
        XCTAssertEqual(model.dialog?.when.text, "")
        XCTAssertEqual(model.type(keys("2026-07-03T13:00:00Z") + [.enter], snapshot),
                       [.perform(.scheduleReview(at: Date(timeIntervalSince1970: 1_783_083_600), overrideReason: nil))])
    }
}
