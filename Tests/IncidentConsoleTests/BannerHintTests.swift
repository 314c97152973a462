/// The overdue banner names the way to do the step, not a key that cannot do it.
import IncidentCore
import XCTest
@testable import IncidentConsole

final class BannerHintTests: XCTestCase {
    func testAnOverdueVacantLeadPointsToRoles() {
        var story = Story()
        story.run(.declare(id: Story.id, title: "Banner", priority: .p1, securitySensitive: false), as: "sam")
        story.run(.sendComms(CommsRequest(channel: .statuspage, text: "Investigating", components: ["API"])), as: "sam")
        story.advance(minutes: Double(story.playbook.reminders.graceMinutes))  // past the "due now" grace
        let text = BannerView.text(story.state, context: RenderContext(story.snapshot(actor: "sam")))
        XCTAssertEqual(text?.hasPrefix("Overdue: Nominate an incident lead"), true)
        XCTAssertEqual(text?.hasSuffix("press r"), true, text ?? "")
    }

    func testASuspectedBreachLeadsTheBannerEvenWhenATenantUpdateIsOverdue() {
        var story = Story.overdue()
        XCTAssertEqual(BannerView.text(story.state, context: RenderContext(story.snapshot()))?.hasPrefix("Tenant update overdue"), true)
        story.run(.suspectSecurityBreach(note: nil), as: "kim")
        story.advance(minutes: Double(story.playbook.reminders.graceMinutes))  // past the "due now" grace
        let text = BannerView.text(story.state, context: RenderContext(story.snapshot())) ?? ""
        XCTAssertTrue(text.hasPrefix("Alert Information Assurance now — press e"), text)
        XCTAssertTrue(text.contains("then: tenant update overdue by"), text)
    }

    func testTheHeaderKnowsAStatuspageIncidentOpenedWithoutAStatus() {
        var story = Story.fresh()
        XCTAssertTrue(screenText(story.snapshot(actor: "sam")).contains("Statuspage: no incident yet"))
        story.run(.sendComms(CommsRequest(channel: .statuspage, text: "Investigating", components: ["API"])), as: "sam")
        XCTAssertTrue(screenText(story.snapshot(actor: "sam")).contains("Statuspage: open, no status set"))
    }

    func testEveryStepHasAHintThatWorks() {
        for step in Playbook.standard.checklist.map(\.id) + [StepID.alertInformationAssurance] {
            let hint = BannerView.hint(for: step)
            if step == StepID.alertInformationAssurance {
                XCTAssertEqual(hint, "press e", "Information Assurance is reached through the escalation dialog")
            } else if StepID.recordedByTheirOwnCommand[step] != nil {
                XCTAssertNotEqual(hint, "press x when done", step)
            } else {
                XCTAssertEqual(hint, "press x when done", step)
            }
        }
    }
}
