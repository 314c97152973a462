/// The steps after resolution: report written, publish or withhold it, schedule and hold the review, close; or reopen.
/// Each choice says what the record would make of it now (`Precheck`), so a refusal is known before anything is typed.
import Foundation
import IncidentCore

struct PostIncidentFlow: ConsoleFlow {
    enum Choice: CaseIterable {
        case reportWritten, publish, withhold, scheduleReview, reviewHeld, close, reopen
    }

    enum Step { case choice, input, reason }

    let choices: [Choice]
    var step = Step.choice
    var chosen = Choice.reportWritten
    var reviewAt: Date?

    init(_ context: FlowContext) {
        choices = context.incident.phase == .closed ? [.reopen] : Choice.allCases
    }

    /// A review's date is given with it; everything else may have happened earlier.
    var takesWhen: Bool { step == .choice || chosen != .scheduleReview }

    func question(_ context: FlowContext) -> Question {
        let heading = "After resolution"
        let state = context.incident
        switch step {
        case .choice:
            let options = choices.map { ChoiceOption(Self.title($0), detail: Self.detail($0, context)) }
            let first = choices.firstIndex { Self.isOpen($0, state) && Precheck.refusal(Self.probe($0, context), context) == nil } ?? 0
            return .choice(heading, "Record which step?", options, selected: first)
        case .input:
            let notes = Precheck.notes(Self.probe(chosen, context), context)
            let warn = !notes.isEmpty
            switch chosen {
            case .reportWritten:
                return .text(heading, "Report written. Where is it? (a link or path; optional, Enter to skip)", notes: notes, notesWarn: warn)
            case .publish:
                if needsReason(state) {
                    return .text(heading, "Published after all: why? (a security incident or a withheld report needs a reason)",
                                 notes: notes, notesWarn: warn)
                }
                return .confirm(heading, "Record the report as published on Statuspage? y/N", notes: notes, notesWarn: warn)
            case .withhold:
                return .text(heading, "Why is the report not published?", notes: notes, notesWarn: warn)
            case .scheduleReview:
                let deadline = state.resolution.map { $0.at.addingTimeInterval(Double(context.playbook.reviewWithinDays) * 86_400) }
                let by = deadline.map { ["Within \(context.playbook.reviewWithinDays) days of resolution: by \(context.clockFormat.dayMonthTime($0))."] } ?? []
                return .text(heading, "When is the no-blame review? (in 3d, 2026-12-03 14:00, or 2026-12-03T14:00:00Z)", notes: by + notes,
                             notesWarn: warn)
            case .reviewHeld:
                let people = [Role.lead, .comms, .productManager, .deliveryManager].compactMap { state.holder(of: $0)?.name }
                var seen = Set<String>()
                let prefill = people.filter { seen.insert($0).inserted }.joined(separator: ", ")
                return .text(heading, "Review held. Who attended? (names, separated by commas)", prefill: prefill,
                             notes: ["Invite: \(context.playbook.reviewInvitees.joined(separator: ", "))."] + notes, notesWarn: warn)
            case .close:
                return .confirm(heading, "Close the incident? y/N", notes: notes, notesWarn: warn)
            case .reopen:
                return .text(heading, "Reopen: why is it not over?", notes: notes, notesWarn: warn)
            }
        case .reason:
            return .text(heading, "That is past the review deadline: why must it be later?")
        }
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        switch step {
        case .choice:
            chosen = choices[answer.choice ?? 0]
            step = .input
            return .next
        case .input:
            return input(answer, context)
        case .reason:
            guard let reason = answer.optionalText, let reviewAt else { return .invalid("Say why, or press Esc to cancel.") }
            return .finish([.perform(.scheduleReview(at: reviewAt, overrideReason: reason))])
        }
    }

    private mutating func input(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        let state = context.incident
        switch chosen {
        case .reportWritten:
            return .finish([.perform(.recordReportWritten(location: answer.optionalText))])
        case .publish:
            if needsReason(state) {
                guard let reason = answer.optionalText else { return .invalid("Give the reason, or press Esc to cancel.") }
                return .finish([.perform(.publishReport(overrideReason: reason))])
            }
            return answer.confirmed ? .finish([.perform(.publishReport(overrideReason: nil))]) : .finish([])
        case .withhold:
            guard let reason = answer.optionalText else { return .invalid("Say why it is not published, or press Esc to cancel.") }
            return .finish([.perform(.withholdPublication(reason: reason))])
        case .scheduleReview:
            guard let text = answer.optionalText else { return .invalid("Give the review's date and time, or press Esc to cancel.") }
            guard let date = context.readTime.ahead(text, context.now, context.timeZone) else {
                return .invalid("\"\(text)\" is not a date: give in 3d, 2026-12-03 14:00 or 2026-12-03T14:00:00Z.")
            }
            let deadline = state.resolution.map { $0.at.addingTimeInterval(Double(context.playbook.reviewWithinDays) * 86_400) }
            if let deadline, date > deadline {
                reviewAt = date
                step = .reason
                return .next
            }
            return .finish([.perform(.scheduleReview(at: date, overrideReason: nil))])
        case .reviewHeld:
            let names = (answer.text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
            guard !names.isEmpty else { return .invalid("Name who came, separated by commas, or press Esc to cancel.") }
            return .finish([.perform(.recordReviewHeld(attendees: names.map { Person($0) }))])
        case .close:
            return answer.confirmed ? .finish([.perform(.close)]) : .finish([])
        case .reopen:
            guard let reason = answer.optionalText else { return .invalid("Say why it is reopened, or press Esc to cancel.") }
            return .finish([.perform(.reopen(reason: reason))])
        }
    }

    private func needsReason(_ state: IncidentState) -> Bool {
        state.securitySensitive || state.post.withheldReason != nil
    }

    static func title(_ choice: Choice) -> String {
        switch choice {
        case .reportWritten: "Report written"
        case .publish: "Report published"
        case .withhold: "Report not published (withheld)"
        case .scheduleReview: "Review scheduled"
        case .reviewHeld: "Review held"
        case .close: "Close the incident"
        case .reopen: "Reopen the incident"
        }
    }

    /// A stand-in for the command the choice leads to, close enough for the record to say whether it would take it.
    static func probe(_ choice: Choice, _ context: FlowContext) -> Command {
        switch choice {
        case .reportWritten: .recordReportWritten(location: nil)
        case .publish: .publishReport(overrideReason: context.incident.securitySensitive ? "probe" : nil)
        case .withhold: .withholdPublication(reason: "probe")
        case .scheduleReview: .scheduleReview(at: context.now, overrideReason: nil)
        case .reviewHeld: .recordReviewHeld(attendees: [context.actor])
        case .close: .close
        case .reopen: .reopen(reason: "probe")
        }
    }

    private static func isOpen(_ choice: Choice, _ state: IncidentState) -> Bool {
        switch choice {
        case .reportWritten: state.post.reportWrittenAt == nil
        case .publish, .withhold: state.post.publishedAt == nil && state.post.withheldReason == nil
        case .scheduleReview: state.post.reviewScheduledFor == nil
        case .reviewHeld: state.post.reviewHeldAt == nil
        case .close, .reopen: true
        }
    }

    /// What is recorded already, else why the record would refuse it now (the record's own words), else nothing.
    private static func detail(_ choice: Choice, _ context: FlowContext) -> String? {
        let post = context.incident.post
        let clock = context.clockFormat
        let done: Date? = switch choice {
        case .reportWritten: post.reportWrittenAt
        case .publish: post.publishedAt
        case .withhold: post.withheldAt
        case .reviewHeld: post.reviewHeldAt
        case .scheduleReview, .close, .reopen: nil
        }
        if let done { return "done \(clock.dayMonthTime(done))" }
        if choice == .scheduleReview, let scheduled = post.reviewScheduledFor {
            return "set for \(clock.dayMonthTime(scheduled)); choose to change it"
        }
        return Precheck.refusal(probe(choice, context), context).map { "refused now: \($0.why)" }
    }
}
