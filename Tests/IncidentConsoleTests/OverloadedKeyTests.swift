/// Keys where the hand expects them: Esc goes back from an incident, q closes the help, F1 opens and closes it.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class OverloadedKeyTests: XCTestCase {
    private let snapshot = Story.busy().snapshot(actor: "kim")

    func testEscapeOnTheIncidentScreenGoesBackToTheListAsIDoes() {
        var model = ConsoleModel()
        XCTAssertEqual(model.type([.escape], snapshot), [.leaveIncident])
        var other = ConsoleModel()
        XCTAssertEqual(other.type(keys("i"), snapshot), [.leaveIncident])
    }

    func testEscapeClearsAnActiveSearchFirst() {
        var model = ConsoleModel()
        _ = model.type(keys("/router") + [.enter], snapshot)
        XCTAssertNotNil(model.searchQuery)
        XCTAssertEqual(model.type([.escape], snapshot), [])
        XCTAssertNil(model.searchQuery)
        XCTAssertEqual(model.type([.escape], snapshot), [.leaveIncident])
    }

    func testEscapeInADialogOrTheReportOrTheHelpStaysOnTheIncident() {
        var model = ConsoleModel()
        _ = model.type(keys("a"), snapshot)
        XCTAssertTrue(model.isPromptActive)
        XCTAssertEqual(model.type([.escape], snapshot), [], "cancels the dialog")
        XCTAssertFalse(model.isPromptActive)
        _ = model.type(keys("v"), snapshot)
        XCTAssertTrue(screenText(model, snapshot).contains("Close the report") || model.keyContext(for: snapshot).mode == .report)
        XCTAssertEqual(model.type([.escape], snapshot), [], "closes the report")
        XCTAssertEqual(model.keyContext(for: snapshot).mode, .incident)
        _ = model.type(keys("?"), snapshot)
        XCTAssertEqual(model.type([.escape], snapshot), [], "closes the help")
        XCTAssertFalse(model.isShowingHelp)
        XCTAssertEqual(model.type([.escape], snapshot), [.leaveIncident])
    }

    func testQInsideTheHelpClosesTheHelpAndDoesNotQuit() {
        var model = ConsoleModel()
        _ = model.type(keys("?"), snapshot)
        XCTAssertTrue(model.isShowingHelp)
        XCTAssertEqual(model.type(keys("q"), snapshot), [])
        XCTAssertFalse(model.isShowingHelp)
        XCTAssertEqual(model.type(keys("q"), snapshot), [.quit], "outside the help q still quits")
    }

    func testF1OpensAndClosesTheHelpAndTheNextKeyWorks() {
        var model = ConsoleModel()
        _ = model.type([.function(1)], snapshot)
        XCTAssertTrue(model.isShowingHelp)
        _ = model.type([.function(1)], snapshot)
        XCTAssertFalse(model.isShowingHelp)
        _ = model.type(keys("a"), snapshot)
        XCTAssertEqual(model.question?.title, "Log an action", "the key after F1 is a key")
        var inOneRead = ConsoleModel()
        _ = inOneRead.handle([.function(1), .character("q"), .character("a")], snapshot: snapshot)
        XCTAssertFalse(inOneRead.isShowingHelp)
        XCTAssertEqual(inOneRead.question?.title, "Log an action", "F1, q and a arriving together are three keys")
    }

    func testTheKeyTableNamesEveryKeyItBinds() {
        let table = KeyTable.standard.markdown()
        XCTAssertTrue(table.contains("| `?/F1` | Show this help"), table)
        XCTAssertTrue(table.contains("| `Esc/?/q/F1` | Close the help"), table)
        XCTAssertTrue(table.contains("| `Esc` | Back to the list of open incidents, as i"), table)
    }
}
