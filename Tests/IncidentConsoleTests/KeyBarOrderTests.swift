/// The key bar leads with what is due now, and always keeps resolve (when it works), quit and help at its right end.
import Foundation
@testable import IncidentConsole
import IncidentCore
import ScreenGrid
import XCTest

final class KeyBarOrderTests: XCTestCase {
    private func bar(_ snapshot: ConsoleSnapshot, _ model: ConsoleModel = ConsoleModel()) -> String {
        ConsoleRenderer.render(model, snapshot).textLines().last ?? ""
    }

    func testResolveQuitAndHelpStayAtEveryWidth() {
        for width in [80, 100, 140, 200, 260] {
            let line = bar(Story.busy().snapshot(actor: "kim", width: width, height: 30))
            XCTAssertTrue(line.trimmingCharacters(in: .whitespaces).hasSuffix("R resolve  q quit  ? help"), "\(width): \(line)")
        }
        // Not the lead: resolving is not possible, and R is left out; quit and help stay.
        let notLead = bar(Story.busy().snapshot(actor: "ana", width: 80, height: 24))
        XCTAssertFalse(notLead.contains("R resolve"), notLead)
        XCTAssertTrue(notLead.trimmingCharacters(in: .whitespaces).hasSuffix("q quit  ? help"), notLead)
    }

    func testWhatIsDueComesFirst() {
        // Freshly declared: the first update and the set-up steps are due now.
        let fresh = bar(Story.fresh().snapshot(actor: "sam", width: 80, height: 24))
        XCTAssertTrue(fresh.hasPrefix(" c comms  r roles"), fresh)
        // An hour in: the level not answering is overdue, the next update due soon.
        let busy = bar(Story.busy().snapshot(actor: "kim", width: 80, height: 24))
        XCTAssertTrue(busy.hasPrefix(" e escalate  c comms"), busy)
        // Nothing due: the usual order.
        var calm = Story.busy()
        calm.run(.escalate(level: "head-of-reliability-engineering", step: .reached, note: nil), as: "lee")
        calm.run(.decideExecutiveAlert(alert: false, decidedBy: "Head of RE", note: nil), as: "lee")
        calm.run(.sendComms(CommsRequest(channel: .statuspage, text: "Still investigating.", status: .identified, components: ["apps"])), as: "lee")
        let usual = bar(calm.snapshot(actor: "kim", width: 80, height: 24))
        XCTAssertTrue(usual.hasPrefix(" a action  f finding  d decision"), usual)
    }

    func testTheDueActionsAreTheKeysThatDoThem() {
        let story = Story.busy()
        let snapshot = story.snapshot(actor: "kim")
        let context = ConsoleModel().keyContext(for: snapshot)
        XCTAssertEqual(context.due, [.escalate, .comms])
        for action in context.due {
            XCTAssertTrue(KeyTable.standard.barEntries(in: context).contains { $0.action == action })
        }
    }
}
