/// Every key the console names in a message is the key the table binds to that action, and the console's rules are
/// the record's: a key the record would refuse says the record's reason at once, before any question.
import Foundation
@testable import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class KeyHintTests: XCTestCase {
    private let table = KeyTable.standard

    /// The table binds the key labelled `label` to `action`, and no binding before it takes that key for something else.
    private func bound(_ label: String, to action: ConsoleAction?) -> Bool {
        table.bindings.contains { ($0.keyLabel == label || $0.barKeyLabel == label) && $0.action == action }
    }

    func testEveryRemedyIsShownAsTheKeyThatDoesIt() {
        let remedies: [Remedy] = [.declare, .assignRole(.lead), .assignRole(.comms), .sendComms(.team), .sendComms(.statuspage), .finalUpdate,
                                  .escalate(level: nil, step: .reached), .resolve, .reopen, .skipStep, .reportWritten, .reviewHeld,
                                  .publishReport, .confirm(.productionAccess)]
        for remedy in remedies {
            let text = table.remedyText(remedy)
            if text.hasPrefix(":") {
                XCTAssertNil(KeyTable.action(for: remedy).flatMap(table.keyLabel(for:)), "\(remedy) has a key but is shown as \(text)")
                XCTAssertTrue(remedy.commandLine.hasSuffix(String(text.dropFirst())), "\(text) is the command line's verb")
            } else if case .confirm = remedy {
                XCTAssertTrue(bound(text, to: .yes))
            } else {
                XCTAssertTrue(bound(text, to: KeyTable.action(for: remedy)), "\(remedy) is shown as \(text)")
            }
        }
    }

    func testTheBannerNamesTheKeyThatDoesEachStep() {
        let actions: [String: ConsoleAction] = [StepID.nominateLead: .roles, StepID.nominateComms: .roles, StepID.tellTeamChannel: .comms,
                                                StepID.createStatuspageIncident: .comms, StepID.finalTenantUpdate: .comms,
                                                StepID.alertInformationAssurance: .escalate, StepID.joinIncidentChannel: .stepDone,
                                                StepID.trackerStory: .stepDone, StepID.statusPageOperational: .stepDone]
        for (step, action) in actions {
            let hint = BannerView.hint(for: step)
            let key = hint.replacingOccurrences(of: "press ", with: "").replacingOccurrences(of: " when done", with: "")
            XCTAssertTrue(bound(key, to: action), "\(step): \(hint)")
        }
        XCTAssertEqual(BannerView.hint(for: StepID.writeReport), "press P")
    }

    /// No literal key hint in the console's sources: each is made from the key table (`KeyHint`), so a rebound key
    /// changes every message with it.
    func testNoConsoleSourceSpellsOutAKeyHint() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let pattern = try Regex(#"press [a-zA-Z!?]\b|\s\([a-zA-Z!?]\)|"[a-zA-Z!?]: | [a-zA-Z] to [a-z]+|, [a-z] [a-z]+, Esc|\([a-zA-Z!?], or "#)
        var files: [URL] = []
        for folder in ["Sources/IncidentConsole", "Sources/ConsoleRuntime"] {
            let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil))
            files += enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        }
        XCTAssertGreaterThan(files.count, 40)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && line.contains(pattern) {
                XCTFail("\(file.lastPathComponent):\(number + 1) spells out a key: \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
    }

    func testAKeyTheRecordWouldRefuseSaysTheRecordsReasonBeforeAnyQuestion() {
        var story = Story.busy()
        story.advance(minutes: 1)
        var model = ConsoleModel()
        let snapshot = story.snapshot(actor: "ana")
        XCTAssertEqual(model.type(keys("R"), snapshot), [])
        XCTAssertNil(model.question, "no question is asked")
        XCTAssertEqual(model.message?.text,
                       "R: Not resolved. The incident lead (kim) decides resolution with the product and delivery managers. Ask kim to record it.")
        // A production change opens its text field anyway, the record's reason over it, the remedy as its key.
        _ = model.type(keys("p"), snapshot)
        XCTAssertEqual(model.question?.notes.first?.hasPrefix("Production change not logged. Only the incident lead (kim) makes production changes."), true)
        XCTAssertEqual(model.question?.notes.first?.hasSuffix("would make you lead (r)."), true, "the remedy is the key for roles")
        // The lead gets the questions.
        var lead = ConsoleModel()
        _ = lead.type(keys("R"), story.snapshot(actor: "kim"))
        XCTAssertNotNil(lead.question)
    }

    func testNoLeadYetNamesTheRolesKey() {
        var model = ConsoleModel()
        _ = model.type(keys("p"), Story.fresh().snapshot(actor: "sam"))
        XCTAssertEqual(model.question?.notes,
                       ["Production change not logged. Only the incident lead makes production changes, and no lead is assigned. Assign a lead with production access first (r)."])
    }

    func testKeysTypedAheadAfterARefusedKeyAreNotReadAsCommands() {
        var model = ConsoleModel()
        let snapshot = Story.busy().snapshot(actor: "ana")
        // "R" is refused; "a" in the text typed after it would otherwise open an action.
        XCTAssertEqual(model.handle(keys("RRestarted all") + [.enter], snapshot: snapshot), [])
        XCTAssertNil(model.question)
        XCTAssertEqual(model.message?.text.hasSuffix("The keys typed after it were not used."), true, model.message?.text ?? "")
        // A refused key with nothing after it says only why.
        var alone = ConsoleModel()
        _ = alone.handle(keys("R"), snapshot: snapshot)
        XCTAssertTrue(alone.lastKeyRefused)
        XCTAssertEqual(alone.message?.text.contains("not used"), false)
    }
}
