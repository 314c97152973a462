/// One- and two-question flows: Statuspage status, snooze, breach suspected, step done, search, command line.
import IncidentCore

struct StatusFlow: ConsoleFlow {
    var takesWhen: Bool { true }
    func question(_ context: FlowContext) -> Question {
        let current = context.incident.comms.statuspageStatus
        let options = StatuspageStatus.allCases.map { ChoiceOption($0.rawValue, detail: $0 == current ? "current" : nil) }
        let next = current.flatMap { StatuspageStatus.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        return .choice("Statuspage status", "Set the Statuspage status to:", options, selected: min(next, options.count - 1))
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        .finish([.perform(.setStatuspageStatus(StatuspageStatus.allCases[answer.choice ?? 0]))])
    }
}

struct SnoozeFlow: ConsoleFlow {
    func question(_ context: FlowContext) -> Question {
        .choice("Snooze the comms reminder", "Snooze for:", context.playbook.reminders.snoozeMinutes.map { ChoiceOption("\($0) min") })
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        .finish([.perform(.snoozeCommsReminder(minutes: context.playbook.reminders.snoozeMinutes[answer.choice ?? 0]))])
    }
}

struct SecurityFlow: ConsoleFlow {
    var takesWhen: Bool { true }
    var confirmed = false

    func question(_ context: FlowContext) -> Question {
        confirmed
            ? .text("Security breach suspected", "Note (optional, Enter to skip):")
            : .confirm("Security breach suspected", "Suspect a security breach? y/N",
                       notes: ["Information Assurance must then be alerted at once, before anyone else."], notesWarn: true)
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        guard confirmed else {
            guard answer.confirmed else { return .finish([]) }
            confirmed = true
            return .next
        }
        return .finish([.perform(.suspectSecurityBreach(note: answer.optionalText))])
    }
}

/// Marks an open checklist step done (the steps no other command completes, such as joining the channel).
struct StepDoneFlow: ConsoleFlow {
    var takesWhen: Bool { true }
    let steps: [ChecklistItem]
    var chosen: ChecklistItem?

    init(_ context: FlowContext) {
        steps = Checklist(state: context.incident, playbook: context.playbook, now: context.now).tickable
    }

    func question(_ context: FlowContext) -> Question {
        guard let chosen else {
            let options = steps.map { ChoiceOption($0.title, detail: $0.status == .overdue ? "overdue" : nil) }
            return .choice("Checklist", "Mark which step done?", options)
        }
        return .text("Checklist", "\(chosen.title): note (optional, Enter to skip):")
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        guard let chosen else {
            chosen = steps[answer.choice ?? 0]
            return .next
        }
        return .finish([.perform(.completeStep(chosen.id, note: answer.optionalText))])
    }
}

struct SearchFlow: ConsoleFlow {
    var previous = ""

    func question(_ context: FlowContext) -> Question {
        // Starts empty: a new search is the common case, and typing after a prefill would run the two together.
        .text("Search", "Search the timeline for:", notes: previous.isEmpty ? [] : ["Last search: \(previous)"])
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        guard let text = answer.optionalText else { return .finish([]) }
        return .search(text)
    }
}

/// The `:` line: a line with the CLI's verbs. Tab completes it (`CommandLineCompletion`), Up and Down recall the lines
/// typed before in this console (`CommandLineHistory`).
struct CommandLineFlow: ConsoleFlow {
    static let hint = "The CLI's verbs, e.g. assign member ana, or reopen --reason ... (Tab completes, Up/Down recall)"
    /// Which earlier line is shown (0: the newest), nil while the line being typed is shown.
    var recalled: Int?
    /// The line being typed when Up first recalled an earlier one; Down past the newest brings it back.
    var draft = ""

    func question(_ context: FlowContext) -> Question {
        .text("Command", ":", notes: [Self.hint])
    }

    mutating func answer(_ answer: Answer, _ context: FlowContext) -> FlowStep {
        guard let text = answer.optionalText else { return .finish([]) }
        return .finish([.commandLine(text)])
    }
}
