/// Optional notes, reasons and locations are checked like entry text: trimmed, empty means none, too long refused.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct OptionalTextTests {
    static let tooLong = String(repeating: "x", count: 25_001)

    /// Each command with an optional text, on an incident where it would otherwise be accepted.
    static let cases: [(name: String, setup: @Sendable () -> Scenario, command: @Sendable (String?) -> Command, actor: Person)] = [
        ("escalate", { Scenario.declared(lead: "alex") },
         { .escalate(level: "techops-programme-director", step: .contacting, note: $0) }, "alex"),
        ("executive", {
            var s = Scenario.declared(lead: "alex")
            s.must(.escalate(level: "techops-programme-director", step: .reached, note: nil), as: "alex")
            return s
        }, { .decideExecutiveAlert(alert: false, decidedBy: "Jo", note: $0) }, "alex"),
        ("security", { Scenario.declared(lead: "alex") }, { .suspectSecurityBreach(note: $0) }, "alex"),
        ("step", { Scenario.declared(lead: "alex") }, { .completeStep(StepID.joinIncidentChannel, note: $0) }, "alex"),
        ("resolve", { Scenario.declared(lead: "alex") }, { .resolve(with: ["pat", "dee"], note: $0) }, "alex"),
        ("downgrade", { Scenario.declared(lead: "alex") }, { .downgrade(to: .p3, with: ["pat", "dee"], note: $0) }, "alex"),
        ("report written", { ClosingTests.resolved() }, { .recordReportWritten(location: $0) }, "alex"),
        ("review schedule", { ClosingTests.resolved() }, { .scheduleReview(at: t0.addingTimeInterval(86_400), overrideReason: $0) }, "alex"),
    ]

    @Test(arguments: cases.indices)
    func anEmptyNoteIsNoNote(index: Int) {
        let testCase = Self.cases[index]
        for blank in ["", "  \n "] {
            var s = testCase.setup()
            let events = s.must(testCase.command(blank), as: testCase.actor)
            #expect(events.last.map { optionalText(of: $0.payload) } == .some(nil), "\(testCase.name): \(events.last?.payload as Any)")
            #expect(s.state.timeline.last?.text.contains("()") == false, "\(testCase.name): \(s.state.timeline.last?.text ?? "")")
        }
    }

    @Test(arguments: cases.indices)
    func aNoteIsTrimmed(index: Int) {
        let testCase = Self.cases[index]
        var s = testCase.setup()
        let events = s.must(testCase.command("  phoned via PagerDuty \n"), as: testCase.actor)
        #expect(events.last.map { optionalText(of: $0.payload) } == "phoned via PagerDuty", "\(testCase.name)")
    }

    @Test(arguments: cases.indices)
    func aNoteOverTheLimitIsRefused(index: Int) {
        let testCase = Self.cases[index]
        var s = testCase.setup()
        let refusal = s.refused(testCase.command(Self.tooLong), as: testCase.actor)
        #expect(refusal?.reason == .invalidInput, "\(testCase.name)")
        #expect(refusal?.why.contains("25001 characters; the limit is 25000") == true, "\(testCase.name): \(refusal?.why ?? "")")
    }

    @Test func aSecurityIncidentsPublicationReasonIsCheckedToo() {
        var s = ClosingTests.resolved(security: true)
        s.must(.recordReportWritten(location: nil), as: "alex")
        #expect(s.refused(.publishReport(overrideReason: "   "), as: "alex")?.reason == .notPermitted, "a blank reason is no reason")
        #expect(s.refused(.publishReport(overrideReason: Self.tooLong), as: "alex")?.reason == .invalidInput)
        let events = s.must(.publishReport(overrideReason: " no harm: already public "), as: "alex")
        #expect(events.last?.payload == .reportPublished(overrideReason: "no harm: already public"))
    }

    /// The optional text each command under test records.
    private func optionalText(of payload: EventPayload) -> String? {
        switch payload {
        case let .escalationStepped(_, _, _, note), let .executiveAlertDecided(_, _, note), let .securityBreachSuspected(note),
             let .resolved(_, _, note), let .downgraded(_, _, _, _, note), let .stepCompleted(_, note):
            note
        case let .reportWritten(location): location
        case let .reviewScheduled(_, reason): reason
        default: "unexpected event \(payload.kind)"
        }
    }
}
