/// The `:` line: Up and Down recall the lines run before, Tab completes verbs and their arguments.
import Foundation
import IncidentCore
import ScreenGrid
import XCTest
@testable import IncidentConsole

final class CommandLineTests: XCTestCase {
    private func commandLine(_ typed: String, tab: Int = 1, _ snapshot: ConsoleSnapshot) -> ConsoleModel {
        var model = ConsoleModel()
        _ = model.type(keys(":" + typed) + Array(repeating: .tab, count: tab), snapshot)
        return model
    }

    func testTabCompletesAUniqueVerb() {
        let model = commandLine("ass", Story.busy().snapshot())
        XCTAssertEqual(promptText(model), "assign ")
        XCTAssertEqual(model.dialog?.flow.takesWhen, false, "the : line takes no when: Tab is completion")
        XCTAssertFalse(model.dialog?.editingWhen ?? true)
    }

    func testTabCompletesRolesThenPeopleInTheIncident() {
        let snapshot = Story.busy().snapshot()
        XCTAssertEqual(promptText(commandLine("assign le", snapshot)), "assign lead ")
        XCTAssertEqual(promptText(commandLine("assign lead pri", snapshot)), "assign lead priya ")
        XCTAssertEqual(promptText(commandLine("assign product", snapshot)), "assign product-manager ")
    }

    func testSeveralMatchesCompleteTheCommonPartAndAreListed() {
        let snapshot = Story.busy().snapshot()
        let model = commandLine("comms --channel statuspage --component Pl", snapshot)
        XCTAssertEqual(promptText(model), "comms --channel statuspage --component \"Platform ")
        XCTAssertEqual(model.question?.notes, ["Platform HTTPS  Platform Database"])
        XCTAssertTrue(screenText(model, snapshot).contains("Platform HTTPS  Platform Database"))

        var typed = model
        _ = typed.type(keys("H") + [.tab], snapshot)
        XCTAssertEqual(promptText(typed), "comms --channel statuspage --component \"Platform HTTPS\" ")
        XCTAssertEqual(typed.question?.notes, [CommandLineFlow.hint], "a unique match lists nothing")
    }

    func testVerbsAreListedWhenNothingIsTyped() {
        let model = commandLine("", Story.busy().snapshot())
        XCTAssertEqual(promptText(model), "")
        XCTAssertEqual(model.question?.notes.first?.split(separator: " ").first, "log")
        XCTAssertTrue(model.question?.notes.first?.contains("escalate") ?? false)
    }

    func testLevelsStepsStatusesAndOptionValuesComplete() {
        let snapshot = Story.busy().snapshot()
        let levels = snapshot.playbook.escalation.allLevels.map(\.id)
        let level = levels.first { $0.hasPrefix("head-of-rel") }!
        XCTAssertEqual(promptText(commandLine("escalate head-of-rel", snapshot)), "escalate \(level) ")
        XCTAssertEqual(promptText(commandLine("escalate \(level) rea", snapshot)), "escalate \(level) reached ")
        XCTAssertEqual(promptText(commandLine("step join-", snapshot)), "step \(StepID.joinIncidentChannel) ")
        XCTAssertEqual(promptText(commandLine("log --kind fin", snapshot)), "log --kind finding ")
        XCTAssertEqual(promptText(commandLine("resolve --with priya da", snapshot)), "resolve --with priya dan ")
        XCTAssertEqual(promptText(commandLine("resolve --no", snapshot)), "resolve --note ")
        XCTAssertEqual(promptText(commandLine("snooze 1", snapshot)), "snooze 1", "10 and 15: the common part is typed")
    }

    func testSupplierNamesFromThePlaybookComplete() {
        var snapshot = Story.busy().snapshot()
        snapshot.playbook.suppliers = [Supplier(name: "Acme Cloud", contract: "full support", routes: []),
                                      Supplier(name: "Zeta DNS", contract: "none", routes: [])]
        XCTAssertEqual(promptText(commandLine("supplier ac", snapshot)), "supplier \"Acme Cloud\" ")
        XCTAssertEqual(promptText(commandLine("supplier \"Acme Cloud\" ca", snapshot)), "supplier \"Acme Cloud\" case ")
    }

    /// The verbs offered are the CLI's verbs that the `:` line runs: each is documented in docs/cli.md, and every
    /// documented verb is offered but those that only read, move records or open the console.
    func testTheVerbsOfferedAreTheCLIVerbsThatRecord() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/cli.md")
        let documented = try String(contentsOf: docs, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("### "), line.contains(" — ") else { return nil }
            return line.dropFirst(4).components(separatedBy: " — ").first
        }
        let notOnTheLine: Set = ["list", "show", "suppliers", "export", "import", "sync", "verify", "playbook", "console"]
        XCTAssertEqual(Set(CommandLineCompletion.verbs.map(\.name)), Set(documented).subtracting(notOnTheLine))
    }

    func testTypingAfterACompletionClearsTheListOfMatches() {
        let snapshot = Story.busy().snapshot()
        var model = commandLine("assign ", snapshot)
        XCTAssertNotEqual(model.question?.notes, [CommandLineFlow.hint])
        _ = model.type(keys("l"), snapshot)
        XCTAssertEqual(model.question?.notes, [CommandLineFlow.hint])
    }

    func testTabWithNoMatchChangesNothingAndSaysSo() {
        let snapshot = Story.busy().snapshot()
        let model = commandLine("log --kind zzz", snapshot)
        XCTAssertEqual(promptText(model), "log --kind zzz", "no space and no when field")
        XCTAssertEqual(model.question?.notes, ["Nothing to complete here."])
        XCTAssertEqual(promptText(commandLine("log the router", snapshot)), "log the router", "free text completes nothing")
    }

    func testTabCompletesTheWordBeforeTheCursor() {
        let snapshot = Story.busy().snapshot()
        var model = ConsoleModel()
        _ = model.type(keys(":assign le ana") + [.left, .left, .left, .left, .tab], snapshot)
        XCTAssertEqual(promptText(model), "assign lead  ana")
        _ = model.type(keys("x"), snapshot)
        XCTAssertEqual(promptText(model), "assign lead x ana", "the cursor stays after the completed word")
    }

    func testTabInOtherDialogsStillMovesToTheWhenField() {
        var model = ConsoleModel()
        _ = model.type(keys("aRestarted") + [.tab], Story.busy().snapshot())
        XCTAssertTrue(model.dialog?.editingWhen ?? false)
    }

    func testUpAndDownRecallEarlierLinesNewestFirstAndKeepTheLineBeingTyped() {
        let snapshot = Story.busy().snapshot()
        var model = ConsoleModel()
        XCTAssertEqual(model.type(keys(":log one") + [.enter], snapshot), [.commandLine("log one")])
        XCTAssertEqual(model.type(keys(":log two") + [.enter], snapshot), [.commandLine("log two")])
        _ = model.type(keys(":dra"), snapshot)
        _ = model.type([.up], snapshot)
        XCTAssertEqual(promptText(model), "log two")
        _ = model.type([.up], snapshot)
        XCTAssertEqual(promptText(model), "log one")
        _ = model.type([.up], snapshot)
        XCTAssertEqual(promptText(model), "log one", "nothing older")
        _ = model.type([.down], snapshot)
        XCTAssertEqual(promptText(model), "log two")
        _ = model.type([.down], snapshot)
        XCTAssertEqual(promptText(model), "dra", "back to the line being typed")
        _ = model.type([.down], snapshot)
        XCTAssertEqual(promptText(model), "dra")

        // A recalled line is edited and run like a typed one, and becomes the newest.
        _ = model.type([.up, .backspace, .backspace, .backspace] + keys("three"), snapshot)
        XCTAssertEqual(model.type([.enter], snapshot), [.commandLine("log three")])
        _ = model.type(keys(":") + [.up], snapshot)
        XCTAssertEqual(promptText(model), "log three")
    }

    func testARepeatedLineIsKeptOnceAndCancelledLinesAreNotKept() {
        let snapshot = Story.busy().snapshot()
        var model = ConsoleModel()
        _ = model.type(keys(":log one") + [.enter] + keys(":log one") + [.enter] + keys(":log gone") + [.escape], snapshot)
        _ = model.type(keys(":") + [.up, .up], snapshot)
        XCTAssertEqual(promptText(model), "log one")
        XCTAssertEqual(model.commandHistory.lines, ["log one"])
    }

    func testUpInAnotherTextPromptRecallsNothing() {
        let snapshot = Story.busy().snapshot()
        var model = ConsoleModel()
        _ = model.type(keys(":log one") + [.enter] + keys("aRestarted") + [.up], snapshot)
        XCTAssertEqual(promptText(model), "Restarted")
    }

    func testTheKeyBarOffersCompletionAndHistoryOnlyInTheCommandLine() {
        let snapshot = Story.busy().snapshot(width: 200)
        var model = ConsoleModel()
        _ = model.type(keys(":"), snapshot)
        let bar = screenText(model, snapshot).split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(bar.contains("Tab complete"), bar)
        XCTAssertTrue(bar.contains("Up/Down history"), bar)
        _ = model.type([.escape] + keys("a"), snapshot)
        let other = screenText(model, snapshot).split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertFalse(other.contains("complete"), other)
        XCTAssertTrue(other.contains("Tab when"), other)
    }
}
