/// Corrects or strikes out a logged entry: pick it (newest first, the current search match preselected), then give the
/// corrected text or the reason. The original stays in the record either way.
import Foundation
import IncidentCore

struct AmendFlow: ConsoleFlow {
    enum Amendment: Sendable { case correct, strike }

    let amendment: Amendment
    /// Logged entries not yet struck out, newest first.
    let entries: [TimelineItem]
    let preselected: Int
    var chosen: TimelineItem?

    /// `preferring` is an entry id (the current search match); it is preselected when it can be amended.
    init(_ amendment: Amendment, _ context: FlowContext, preferring preferred: UUID?) {
        self.amendment = amendment
        let entries = context.incident.timeline.reversed().filter(Self.canBeAmended)
        preselected = preferred.flatMap { id in entries.firstIndex { $0.id == id } } ?? 0
        self.entries = entries
    }

    static func canBeAmended(_ item: TimelineItem) -> Bool { item.isLogEntry && item.strike == nil }

    private var heading: String { amendment == .correct ? "Correct an entry" : "Strike out an entry" }

    func question(_ context: FlowContext) -> Question {
        guard let chosen else {
            let options = entries.map { Self.option($0, context.clockFormat) }
            let notes = amendment == .correct
                ? ["The original text stays in the record; the timeline shows the correction."]
                : ["A struck-out entry stays in the record, crossed out, with the reason."]
            return .choice(heading, amendment == .correct ? "Correct which entry?" : "Strike out which entry?", options,
                           selected: preselected, notes: notes)
        }
        switch amendment {
        case .correct:
            return .text(heading, "Corrected text:", prefill: chosen.text, multiline: true)
        case .strike:
            return .text(heading, "Why strike it out?", notes: [Self.option(chosen, context.clockFormat).label])
        }
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        guard let chosen else {
            guard let index = answer.choice, entries.indices.contains(index) else { return .finish([]) }
            chosen = entries[index]
            return .next
        }
        switch amendment {
        case .correct:
            guard let text = answer.optionalText else { return .invalid("Type the corrected text, or press Esc to cancel.") }
            guard text != chosen.text else { return .invalid("The text is unchanged; edit it, or press Esc to cancel.") }
            return .finish([.perform(.correct(entry: chosen.id, text: text))])
        case .strike:
            guard let reason = answer.optionalText else { return .invalid("Say why, or press Esc to cancel.") }
            return .finish([.perform(.strike(entry: chosen.id, reason: reason))])
        }
    }

    /// "14:05 ana action: Restarted router 2", on one line.
    private static func option(_ item: TimelineItem, _ clock: ClockFormat) -> ChoiceOption {
        let kind = if case let .entry(kind) = item.category { kind.title.lowercased() } else { "entry" }
        let text = item.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return ChoiceOption("\(clock.hourMinute(item.occurredAt)) \(item.actor.name) \(kind): \(text)")
    }
}
