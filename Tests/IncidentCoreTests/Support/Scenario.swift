/// A test harness: runs commands as people at controlled times and keeps the log.
import Foundation
import Testing
@testable import IncidentCore

let t0 = Date(timeIntervalSince1970: 1_795_000_000) // a fixed instant; tests never read the clock

struct Scenario {
    var state = IncidentState()
    var log: [Event] = []
    var now = t0
    var playbook = Playbook.standard

    static let id = IncidentID("INC-TEST")

    /// A declared incident with `support` on support (and, optionally, lead and comms).
    static func declared(by support: Person = "sam", lead: Person? = nil, comms: Person? = nil,
                         security: Bool = false, playbook: Playbook = .standard) -> Scenario {
        var s = Scenario(playbook: playbook)
        s.must(.declare(id: id, title: "Apps unreachable", priority: .p1, securitySensitive: security), as: support)
        if let lead { s.must(.assignRole(.lead, lead, productionAccessConfirmed: true), as: support) }
        if let comms { s.must(.assignRole(.comms, comms, productionAccessConfirmed: false), as: support) }
        return s
    }

    @discardableResult
    mutating func run(_ command: Command, as actor: Person) -> Result<[Event], Refusal> {
        let context = DecisionContext(now: now, actor: actor, playbook: playbook, makeEventID: { UUID() })
        let result = decide(command, state: state, context: context)
        if case let .success(events) = result {
            for event in events { state.apply(event) }
            log += events
        }
        return result
    }

    @discardableResult
    mutating func must(_ command: Command, as actor: Person, sourceLocation: SourceLocation = #_sourceLocation) -> [Event] {
        switch run(command, as: actor) {
        case let .success(events): return events
        case let .failure(refusal):
            Issue.record("refused: \(refusal)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// Runs a command that must be refused, and checks that nothing was appended.
    @discardableResult
    mutating func refused(_ command: Command, as actor: Person, sourceLocation: SourceLocation = #_sourceLocation) -> Refusal? {
        let before = state
        switch run(command, as: actor) {
        case .success:
            Issue.record("accepted, expected a refusal: \(command)", sourceLocation: sourceLocation)
            return nil
        case let .failure(refusal):
            #expect(state == before, sourceLocation: sourceLocation)
            return refusal
        }
    }

    /// Joins the channel and creates the tracker story (ticked by "alex") and skips telling the team (by "cam"),
    /// so that only the steps a test is about keep the incident open.
    mutating func finishSetUpSteps() {
        if state.completedSteps[StepID.joinIncidentChannel] == nil { must(.completeStep(StepID.joinIncidentChannel, note: nil), as: "alex") }
        if state.completedSteps[StepID.trackerStory] == nil { must(.completeStep(StepID.trackerStory, note: nil), as: "alex") }
        if state.completedSteps[StepID.tellTeamChannel] == nil { must(.skipStep(StepID.tellTeamChannel, reason: "Told on the call"), as: "cam") }
    }

    mutating func advance(minutes: Double) { now = now.addingTimeInterval(minutes * 60) }

    var clock: CommsClock { CommsClock(state: state, playbook: playbook, now: now) }
    var checklist: Checklist { Checklist(state: state, playbook: playbook, now: now) }
    var ladder: Ladder { Ladder(state: state, playbook: playbook, now: now) }

    func statuspage(_ text: String = "We are investigating", components: [String] = ["Platform HTTPS"],
                    status: StatuspageStatus? = nil, promise: Int? = nil) -> Command {
        .sendComms(CommsRequest(channel: .statuspage, text: text, status: status, components: components, nextUpdateInMinutes: promise))
    }
}
