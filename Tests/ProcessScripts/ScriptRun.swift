/// Runs a script through `decide`, applying each accepted command's events to the state the next step sees.
import Foundation
import IncidentCore

/// One decided step: the state it was decided on, the result, and the state after.
public struct ScriptOutcome: Sendable {
    public var step: ScriptStep
    public var now: Date
    public var before: IncidentState
    public var after: IncidentState
    public var result: Result<[Event], Refusal>

    public var events: [Event] { (try? result.get()) ?? [] }
    public var refusal: Refusal? { if case let .failure(refusal) = result { refusal } else { nil } }

    public init(step: ScriptStep, now: Date, before: IncidentState, after: IncidentState, result: Result<[Event], Refusal>) {
        self.step = step; self.now = now; self.before = before; self.after = after; self.result = result
    }
}

public struct ScriptRun: Sendable {
    public var outcomes: [ScriptOutcome] = []
    /// Every accepted event, in the order decided.
    public var log: [Event] = []
    /// The state built step by step: the one each `decide` saw.
    public var final = IncidentState()

    /// Decides each step on the state reached so far; the clock moves by each step's minutes.
    public init(_ codes: [Int], playbook: Playbook = ProcessScript.playbook, start: Date = ProcessScript.start) {
        var now = start
        for code in codes {
            let step = ProcessScript.step(code, state: final, now: now)
            now = now.addingTimeInterval(step.minutes * 60)
            let context = DecisionContext(now: now, actor: step.actor, playbook: playbook, makeEventID: { UUID() })
            let before = final
            let result = decide(step.command, state: before, context: context)
            if case let .success(events) = result {
                for event in events { final.apply(event) }
                log += events
            }
            outcomes.append(ScriptOutcome(step: step, now: context.now, before: before, after: final, result: result))
        }
    }
}
