/// A dialog flow: a few questions in turn, ending in effects for the run loop.
import Foundation
import IncidentCore

/// What a flow may look at while it asks its questions.
struct FlowContext {
    var state: IncidentState?
    var playbook: Playbook
    var actor: Person
    var now: Date
    var timeZone: TimeZone
    var readTime: TimeReader

    init(_ snapshot: ConsoleSnapshot) {
        state = snapshot.incident
        playbook = snapshot.playbook
        actor = snapshot.actor
        now = snapshot.now
        timeZone = snapshot.timeZone
        readTime = snapshot.readTime
    }

    var incident: IncidentState { state ?? IncidentState() }
    var clockFormat: ClockFormat { ClockFormat(timeZone: timeZone) }
}

/// Where a flow goes after an answer.
enum FlowStep: Equatable {
    /// Ask the flow's next question.
    case next
    /// Done: close the dialog and hand these effects to the run loop (none: nothing to do).
    case finish([ConsoleEffect])
    /// Done: search the timeline for this text.
    case search(String)
    /// The answer cannot be used: stay on the question and say why.
    case invalid(String)
}

protocol ConsoleFlow: Sendable {
    func question(_ context: FlowContext) -> Question
    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep
    /// True while the flow records something that may have happened earlier: the dialog then offers a "when"
    /// field (Tab), and a time given there dates what it records. Corrections, strikes, snoozes, report text and
    /// a review's date take none (the record refuses them back-dated).
    var takesWhen: Bool { get }
}

extension ConsoleFlow {
    var takesWhen: Bool { false }
}
