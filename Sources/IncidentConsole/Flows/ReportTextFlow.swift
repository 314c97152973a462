/// Writes a part of the incident report: a section's text, the root cause with its category, or a follow-up action.
import IncidentCore

struct ReportTextFlow: ConsoleFlow {
    enum Part: Equatable {
        case section(ReportSection)
        case rootCause
        case followUp
    }

    enum Step { case part, category, text, owner, tracker }

    static let parts: [Part] = [.section(.summary), .section(.impact), .rootCause, .section(.wentWell), .section(.wentBadly),
                                .section(.reviewOutcome), .followUp]
    var step = Step.part
    var part = Part.section(.summary)
    var category = RootCauseCategory.unknown
    var text = ""
    var owner = ""

    func question(_ context: FlowContext) -> Question {
        let report = context.incident.report
        let heading = step == .part ? "Write the report" : "Report: \(Self.title(part))"
        switch step {
        case .part:
            let options = Self.parts.map { part in ChoiceOption(Self.title(part), detail: Self.detail(part, report, context)) }
            let firstMissing = Self.parts.firstIndex { Self.isMissing($0, report) } ?? 0
            return .choice(heading, "Which part?", options, selected: firstMissing,
                           notes: ["Each save is recorded, so the report's history stays in the record."])
        case .category:
            let options = RootCauseCategory.allCases.map { ChoiceOption($0.title) }
            let current = report.rootCause.flatMap { RootCauseCategory.allCases.firstIndex(of: $0.category) }
            return .choice(heading, "What kind of root cause?", options, selected: current ?? RootCauseCategory.allCases.count - 1)
        case .text:
            switch part {
            case let .section(section):
                return .text(heading, Self.prompt(section), prefill: report.sections[section]?.text ?? "", multiline: true)
            case .rootCause:
                let prefill = report.rootCause?.text ?? ""
                return .text(heading, "Root cause (\(category.title.lowercased())): what caused it?", prefill: prefill, multiline: true)
            case .followUp:
                return .text(heading, "What action was agreed?", multiline: true)
            }
        case .owner:
            return .text(heading, "Who owns it? (name)")
        case .tracker:
            return .text(heading, "Tracker reference (optional, Enter to skip), e.g. a story's id or link:")
        }
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        switch step {
        case .part:
            part = Self.parts[answer.choice ?? 0]
            step = part == .rootCause ? .category : .text
            return .next
        case .category:
            category = RootCauseCategory.allCases[answer.choice ?? 0]
            step = .text
            return .next
        case .text:
            guard let typed = answer.optionalText else { return .invalid("Type the text first, or press Esc to cancel.") }
            switch part {
            case let .section(section):
                return .finish([.perform(.writeReportText(section, text: typed))])
            case .rootCause:
                return .finish([.perform(.writeRootCause(category, text: typed))])
            case .followUp:
                text = typed
                step = .owner
                return .next
            }
        case .owner:
            guard let name = answer.optionalText else { return .invalid("Type who owns the action, or press Esc to cancel.") }
            owner = name
            step = .tracker
            return .next
        case .tracker:
            return .finish([.perform(.agreeFollowUp(action: text, owner: Person(owner), tracker: answer.optionalText))])
        }
    }

    static func title(_ part: Part) -> String {
        switch part {
        case let .section(section): section.title
        case .rootCause: "Root cause"
        case .followUp: "Follow-up action"
        }
    }

    private static func isMissing(_ part: Part, _ report: ReportContent) -> Bool {
        switch part {
        case let .section(section): report.sections[section] == nil
        case .rootCause: report.rootCause == nil
        case .followUp: report.followUps.isEmpty
        }
    }

    private static func detail(_ part: Part, _ report: ReportContent, _ context: FlowContext) -> String {
        let clock = context.clockFormat
        switch part {
        case let .section(section):
            return report.sections[section].map { "written \(clock.dayMonthTime($0.at)) by \($0.by)" } ?? "not written yet"
        case .rootCause:
            return report.rootCause.map { "\($0.category.title.lowercased()), written \(clock.dayMonthTime($0.at)) by \($0.by)" }
                ?? "not written yet"
        case .followUp:
            let count = report.followUps.count
            return count == 0 ? "none agreed yet" : "\(count) agreed; this adds one"
        }
    }

    private static func prompt(_ section: ReportSection) -> String {
        switch section {
        case .summary: "Summary: what happened, in a few sentences?"
        case .impact: "Impact: who was affected, and how?"
        case .wentWell: "What went well?"
        case .wentBadly: "What went badly?"
        case .reviewOutcome: "What did the review agree?"
        }
    }
}
