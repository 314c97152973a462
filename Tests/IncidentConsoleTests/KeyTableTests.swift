/// The key table is the one source for dispatch, key bar and help: they must agree.
import Foundation
import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class KeyTableTests: XCTestCase {
    private let table = KeyTable.standard

    /// Contexts across modes, phases and roles.
    private var contexts: [KeyContext] {
        var result: [KeyContext] = []
        for mode in KeyMode.allCases {
            for phase in [IncidentPhase.none, .active, .resolved, .closed] {
                for blocked in [[:], [CommandKind.record: "refused"], Dictionary(uniqueKeysWithValues: CommandKind.allCases.map { ($0, "refused") })] {
                    for search in [false, true] {
                        var context = KeyContext(mode: mode, phase: phase, actor: "kim", searchActive: search, hasOpenSteps: phase != .closed)
                        context.blocked = blocked
                        result.append(context)
                    }
                }
            }
        }
        return result
    }

    func testEveryBindingAppearsInTheHelpScreen() {
        let snapshot = Story.busy().snapshot(actor: "kim", height: 200)
        var model = ConsoleModel()
        _ = model.type(keys("?"), snapshot)
        let rows = screenText(model, snapshot).split(separator: "\n")
        let context = model.keyContext(for: snapshot)
        XCTAssertEqual(context.mode, .help)
        for binding in table.bindings {
            // The key and the start of its description share a row of the help.
            let words = binding.help.split(separator: " ").prefix(3).joined(separator: " ")
            XCTAssertTrue(rows.contains { $0.contains(" \(binding.keyLabel) ") && $0.contains(words) },
                          "help lacks \(binding.keyLabel): \(binding.help)")
        }
    }

    func testEveryBindingHasHelpAndLabel() {
        for binding in table.bindings {
            XCTAssertFalse(binding.help.isEmpty)
            XCTAssertFalse(binding.label.isEmpty)
            XCTAssertFalse(binding.keys.isEmpty)
        }
    }

    func testKeyBarShowsOnlyEnabledBindings() {
        for context in contexts {
            for entry in table.barEntries(in: context) {
                XCTAssertEqual(entry.availability(in: context), .enabled, "\(entry.keyLabel) in \(context.mode)")
                XCTAssertTrue(entry.inBar)
            }
        }
    }

    func testRenderedKeyBarMatchesTheTable() {
        let snapshot = Story.busy().snapshot(actor: "ana", width: 200, height: 40)
        let model = ConsoleModel()
        let bar = ConsoleRenderer.render(model, snapshot).textLines().last!
        let entries = table.barEntries(in: model.keyContext(for: snapshot))
        for entry in entries { XCTAssertTrue(bar.contains("\(entry.barKeyLabel) \(entry.label)"), "bar lacks \(entry.barKeyLabel)") }
        XCTAssertFalse(bar.contains("p change"), "ana is not the lead: p is off and left out")
        XCTAssertFalse(bar.contains("R resolve"))
    }

    func testDisabledProductionChangeCarriesTheRecordsReason() {
        let model = ConsoleModel()
        let notLead = model.keyContext(for: Story.busy().snapshot(actor: "ana"))
        let (binding, availability) = table.lookup(.character("p"), in: notLead)!
        XCTAssertEqual(availability, .disabled("Production change not logged. Only the incident lead (kim) makes production changes. Ask kim to make and log it, or log your work as an action; a hand-over of the lead role would make you lead (r)."))
        XCTAssertTrue(binding.passesWhenDisabled, "its text field opens, with the reason over it, so typed text is not read as keys")
        let noLead = model.keyContext(for: Story.fresh().snapshot(actor: "ana"))
        XCTAssertEqual(table.lookup(.character("p"), in: noLead)?.availability.reason,
                       "Production change not logged. Only the incident lead makes production changes, and no lead is assigned. Assign a lead with production access first (r).")
        let lead = model.keyContext(for: Story.busy().snapshot(actor: "kim"))
        XCTAssertEqual(table.lookup(.character("p"), in: lead)?.availability, .enabled)
    }

    func testHelpShowsWhyAKeyIsOff() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana", height: 120)
        _ = model.type(keys("?"), snapshot)
        XCTAssertTrue(screenText(model, snapshot).contains("off: Production change not logged. Only the incident lead (kim) makes"))
    }

    func testNoKeyIsBoundTwiceInOneContext() {
        for context in contexts {
            var seen: [KeyEvent: String] = [:]
            for binding in table.bindings where binding.availability(in: context) != .hidden {
                for key in binding.keys {
                    // A later binding for the same key is unreachable in this context unless the first is hidden.
                    if let earlier = seen[key], binding.availability(in: context) == .enabled {
                        XCTFail("\(key.label) reaches \(earlier) before \(binding.label) in \(context.mode)")
                    }
                    seen[key] = seen[key] ?? binding.label
                }
            }
        }
    }

    func testLoggingIsOffWithTheRecordsReasonWhenTheRecordWouldRefuseIt() {
        var closed = KeyContext(mode: .incident, phase: .closed, actor: "kim")
        closed.blocked[.record] = "Not recorded. Incident INC-1 is closed. Reopen it with a reason first (P)."
        for key in ["a", "f", "d", "n", "c", "r", "e", "m"] {
            XCTAssertEqual(table.lookup(.character(Character(key)), in: closed)?.availability.reason, closed.blocked[.record], key)
        }
        let core = Refusal(.closed, what: "Not recorded.", why: "Incident INC-1 is closed.", instead: "Reopen it with a reason first.", remedy: .reopen)
        XCTAssertEqual(table.text(of: core), closed.blocked[.record], "the remedy is the key that reopens")
    }
}
