/// Imported events are re-decided by the rules: what no live command could have appended is refused by index.
import Foundation
import Testing
@testable import IncidentCore

@Suite struct ReplayCheckTests {
    static let later = t0.addingTimeInterval(30 * 86_400)

    /// A realistic log of every kind the rules let one incident reach, with back-dated entries and hand-overs.
    static func fullLog() -> Scenario {
        var s = Scenario.declared(lead: "alex", comms: "cam", security: true)
        s.advance(minutes: 2)
        s.must(.log(.finding, text: "router 2 drops packets", at: t0.addingTimeInterval(-600)), as: "kim")
        let entry = s.state.timeline.last { $0.isLogEntry }!.id
        s.must(.correct(entry: entry, text: "router 2 drops 5% of packets"), as: "kim")
        s.must(.log(.productionChange, text: "restarted router 2", at: nil), as: "alex")
        s.must(.log(.note, text: "wrong incident", at: nil), as: "kim")
        s.must(.strike(entry: s.log.last!.id, reason: "belongs elsewhere"), as: "kim")
        s.must(s.statuspage(promise: 30), as: "cam")
        s.advance(minutes: 5)
        s.must(.setStatuspageStatus(.identified), as: "cam")
        s.must(.escalate(level: "information-assurance", step: .reached, note: "on phone"), as: "alex")
        s.must(.escalate(level: "techops-programme-director", step: .contacting, note: nil), as: "alex")
        s.must(.escalate(level: "techops-programme-director", step: .reached, note: nil), as: "alex")
        s.must(.decideExecutiveAlert(alert: false, decidedBy: "Dana", note: nil), as: "alex")
        s.must(.snoozeCommsReminder(minutes: 5), as: "cam")
        s.must(.assignRole(.lead, "sam", productionAccessConfirmed: true), as: "alex")
        s.must(.downgrade(to: .p2, with: ["pat", "dee"], note: nil), as: "sam")
        s.advance(minutes: 30)
        s.must(.resolve(with: ["pat", "dee"], note: "fixed"), as: "sam")
        s.must(.reopen(reason: "errors again"), as: "sam")
        s.advance(minutes: 10)
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "sam")
        s.must(s.statuspage("Resolved", status: .resolved), as: "cam")
        s.must(.completeStep(StepID.statusPageOperational, note: nil), as: "cam")
        s.must(.scheduleReview(at: s.now.addingTimeInterval(86_400), overrideReason: nil), as: "sam")
        s.must(.backdated(.markKeyTime(.impactStarted, note: "first errors"), at: t0.addingTimeInterval(-1800)), as: "sam")
        s.must(.backdated(.markKeyTime(.detected, note: nil), at: t0.addingTimeInterval(-600)), as: "sam")
        s.must(.writeReportText(.summary, text: "Router 2 dropped packets."), as: "cam")
        s.must(.writeRootCause(.configuration, text: "A route map was wrong."), as: "sam")
        s.must(.agreeFollowUp(action: "Lint route maps", owner: "kim", tracker: "#42"), as: "sam")
        s.advance(minutes: 24 * 60)
        s.must(.recordReviewHeld(attendees: ["sam", "cam"]), as: "sam")
        s.must(.recordReportWritten(location: "docs/report"), as: "sam")
        s.must(.withholdPublication(reason: "security"), as: "cam")
        s.must(.recordSupplierContact(supplier: "AWS", step: .case, reference: "CASE-1"), as: "sam")
        for step in s.checklist.items where step.status != .done {
            if case .failure = s.run(.completeStep(step.id, note: "done"), as: "sam") {
                s.must(.skipStep(step.id, reason: "Not needed"), as: "sam")
            }
        }
        s.must(.close, as: "sam")
        return s
    }

    static func check(_ events: [Event], playbook: Playbook = .standard) -> ReplayCheck.Failure? {
        do {
            _ = try ReplayCheck.check(events, after: IncidentState(), playbook: playbook, now: later)
            return nil
        } catch {
            return error
        }
    }

    static func replacing(_ log: [Event], at index: Int, with payload: EventPayload) -> [Event] {
        var log = log
        log[index].payload = payload
        return log
    }

    @Test func everyLogTheRulesWriteIsAccepted() throws {
        let s = Self.fullLog()
        #expect(s.state.phase == .closed)
        #expect(Set(s.log.map(\.payload.eventKind)).count == EventKind.allCases.count - 2)
        #expect(Self.check(s.log) == nil)
        #expect(try ReplayCheck.check(s.log, after: IncidentState(), playbook: .standard, now: Self.later) == s.state)
    }

    @Test func aLogContinuingAStoredOneIsCheckedFromItsState() throws {
        let s = Self.fullLog()
        let cut = s.log.count / 2
        let stored = IncidentState.replay(Array(s.log.prefix(cut)))
        #expect(try ReplayCheck.check(Array(s.log.dropFirst(cut)), after: stored, playbook: .standard, now: Self.later) == s.state)
    }

    @Test func resolvedBeforeDeclaredIsRefused() {
        let s = Self.fullLog()
        let resolved = s.log.first { $0.payload.kind == "resolved" }!
        var log = [resolved]
        log[0].sequence = 1
        let failure = Self.check(log)
        #expect(failure?.index == 0 && failure?.refusal?.reason == .noIncident)
    }

    @Test func aSecondDeclarationIsRefused() {
        var log = Scenario.declared().log
        var again = log[0]
        again.id = UUID(); again.sequence = 2
        log.append(again)
        #expect(Self.check(log)?.refusal?.reason == .alreadyDeclared)
    }

    @Test func twoLeadsWithoutAHandOverAreRefused() {
        var s = Scenario.declared(lead: "alex")
        s.must(.assignRole(.lead, "sam", productionAccessConfirmed: true), as: "alex")
        let index = s.log.count - 1
        guard case let .roleAssigned(role, person, _, access, warning) = s.log[index].payload else { Issue.record("setup"); return }
        let log = Self.replacing(s.log, at: index, with: .roleAssigned(role: role, person: person, previous: nil, productionAccess: access, warning: warning))
        let failure = Self.check(log)
        #expect(failure?.index == index && failure?.refusal == nil)
    }

    @Test func correctingAnEntryThatDoesNotExistIsRefused() {
        var s = Scenario.declared(lead: "alex")
        s.must(.log(.action, text: "x", at: nil), as: "alex")
        let entry = s.log.last!.id
        s.must(.correct(entry: entry, text: "y"), as: "alex")
        let log = Self.replacing(s.log, at: s.log.count - 1, with: .entryCorrected(entry: UUID(), text: "y"))
        #expect(Self.check(log)?.index == s.log.count - 1)
        #expect(Self.check(log)?.refusal != nil)
    }

    @Test func entriesAfterCloseAreRefused() {
        var s = Self.fullLog()
        var extra = s.log.last!
        extra.id = UUID(); extra.sequence += 1
        extra.payload = .entryLogged(kind: .note, text: "late")
        s.log.append(extra)
        #expect(Self.check(s.log)?.refusal?.reason == .closed)
    }

    @Test func emptyOrOversizedTextIsRefused() {
        var s = Scenario.declared(lead: "alex")
        s.must(.log(.action, text: "x", at: nil), as: "alex")
        let last = s.log.count - 1
        #expect(Self.check(Self.replacing(s.log, at: last, with: .entryLogged(kind: .action, text: "")))?.refusal?.reason == .invalidInput)
        let huge = String(repeating: "a", count: 30_000)
        #expect(Self.check(Self.replacing(s.log, at: last, with: .entryLogged(kind: .action, text: huge)))?.refusal?.reason == .invalidInput)
        #expect(Self.check(Self.replacing(s.log, at: 0, with: .declared(title: "", priority: .p1, securitySensitive: false, support: "sam")))?.index == 0)
    }

    @Test func anActorWithNoNameIsRefused() {
        var log = Scenario.declared().log
        log[0].actor = Person("  ")
        #expect(Self.check(log)?.refusal?.reason == .invalidInput)
    }

    @Test func eventsLoggedInTheFutureAreRefused() {
        var log = Scenario.declared().log
        log[0].loggedAt = Date(timeIntervalSince1970: 253_402_300_000)
        log[0].occurredAt = log[0].loggedAt
        #expect(Self.check(log)?.index == 0)
    }

    @Test func anAlteredFieldTheRulesWouldNotWriteIsRefused() {
        var s = Scenario.declared(lead: "alex")
        s.must(.resolve(with: ["pat", "dee"], note: nil), as: "alex")
        // The record says someone else decided it with the managers: the lead must decide resolution.
        var log = s.log
        log[log.count - 1].actor = "mallory"
        #expect(Self.check(log) != nil)
        // A production change recorded by someone who is not the lead.
        var t = Scenario.declared(lead: "alex")
        t.must(.log(.productionChange, text: "rm -rf", at: nil), as: "alex")
        var changed = t.log
        changed[changed.count - 1].actor = "sam"
        #expect(Self.check(changed)?.refusal?.reason == .notPermitted)
    }

    @Test func aDifferentPlaybookIsNeededForARosterLead() {
        let playbook = { var p = Playbook.standard; p.roster = [RosterEntry(name: "kim", productionAccess: true)]; return p }()
        var s = Scenario.declared(by: "kim", playbook: playbook)
        s.must(.assignRole(.lead, "kim", productionAccessConfirmed: false), as: "kim")
        #expect(Self.check(s.log, playbook: playbook) == nil)
        #expect(Self.check(s.log)?.refusal?.reason == .needsConfirmation(.productionAccess))
    }
}
