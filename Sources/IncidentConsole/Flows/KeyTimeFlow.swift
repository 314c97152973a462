/// Marks a key time of the report (impact started, detected, mitigated, fully recovered), with an optional note.
import IncidentCore

struct KeyTimeFlow: ConsoleFlow {
    var marker: KeyTime?
    var takesWhen: Bool { true }

    func question(_ context: FlowContext) -> Question {
        let state = context.incident
        guard let marker else {
            let options = KeyTime.allCases.map { key in
                ChoiceOption(key.title, detail: state.keyTimes[key].map { "marked \(context.clockFormat.dayMonthTime($0.at)) by \($0.by)" })
            }
            // The first not yet marked comes first to hand.
            let next = KeyTime.allCases.firstIndex { state.keyTimes[$0] == nil } ?? 0
            return .choice("Mark a key time", "Which moment? (Tab: when it was, if earlier)", options, selected: next,
                           notes: ["The report measures time to detect, to mitigate and total impact from these."])
        }
        return .text("Mark a key time", "\(marker.title): note (optional, Enter to skip):")
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        guard let marker else {
            marker = KeyTime.allCases[answer.choice ?? 0]
            return .next
        }
        return .finish([.perform(.markKeyTime(marker, note: answer.optionalText))])
    }
}
