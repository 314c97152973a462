/// The console's own state (focus, dialog, scroll, search, message) and its two entry points: keys in, outcomes in.
import IncidentCore
import ScreenGrid

/// An open dialog: the flow, the question it asks now (with the answer being typed) and why the last answer failed.
struct Dialog: Sendable {
    var flow: any ConsoleFlow
    var question: Question
    var error: String?
}

public struct ConsoleModel: Sendable {
    public let keyTable: KeyTable
    public internal(set) var focus: Pane = .timeline
    /// The outcome of the last effect, or why a key did nothing; cleared by the next key.
    public internal(set) var message: ConsoleMessage?
    var dialog: Dialog?
    var showingHelp = false
    var helpScroll = 0
    var timelineScroll = TimelineScroll.following
    var paneScroll: [Pane: Int] = [:]
    var search: SearchState?
    var pickerSelection = 0
    /// The command last handed to the run loop, kept to repeat it with a confirmation the core asks for.
    var lastPerformed: Command?

    public init(keyTable: KeyTable = .standard) {
        self.keyTable = keyTable
    }

    public var isPromptActive: Bool { dialog != nil }
    /// The question the open dialog asks, if any.
    public var question: Question? { dialog?.question }
    public var isShowingHelp: Bool { showingHelp }
    public var isFollowingTimeline: Bool { timelineScroll == .following }
    public var searchQuery: String? { search?.query }

    /// Keys that arrived together. In a text prompt an Enter with more keys after it in the batch is a pasted
    /// newline, kept in the text; only a final Enter submits.
    public mutating func handle(_ keys: [KeyEvent], snapshot: ConsoleSnapshot) -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        for (index, key) in keys.enumerated() where key != .resize {
            message = nil
            if key == .enter, index < keys.count - 1, case var .text(field)? = dialog?.question.input {
                field.insertLineBreak()
                dialog?.question.input = .text(field)
                continue
            }
            effects += dispatch(key, snapshot: snapshot)
            if effects.contains(.quit) { break }
        }
        return effects
    }

    /// What became of the last effect. A refusal that asks for a confirmation opens a y/n question.
    public mutating func receive(_ outcome: CommandOutcome, snapshot: ConsoleSnapshot) -> [ConsoleEffect] {
        defer { lastPerformed = nil }
        switch outcome {
        case let .accepted(summary):
            message = ConsoleMessage(summary, kind: .success)
            return []
        case let .refused(refusal):
            if case let .needsConfirmation(confirmation) = refusal.reason, let command = lastPerformed,
               let flow = ConfirmRetryFlow(refused: command, needing: confirmation, refusal: refusal) {
                start(flow, FlowContext(snapshot))
                return []
            }
            message = ConsoleMessage(refusal.description, kind: .error)
            return [.bell]
        case let .failed(text):
            message = ConsoleMessage(text, kind: .error)
            return [.bell]
        }
    }

    /// The context the key table judges bindings in.
    public func keyContext(for snapshot: ConsoleSnapshot) -> KeyContext {
        var context = screenKeyContext(for: snapshot)
        if let dialog {
            context.mode = switch dialog.question.input {
            case .text: .textPrompt
            case .choice: .choicePrompt
            case .multiChoice: .multiChoicePrompt
            case .confirm: .confirmPrompt
            }
        } else if showingHelp {
            context.mode = .help
        }
        return context
    }

    /// The context of the screen under any dialog or help: what the help screen describes.
    func screenKeyContext(for snapshot: ConsoleSnapshot) -> KeyContext {
        let mode: KeyMode = switch ConsoleScreen(snapshot) {
        case .welcome: .welcome
        case .picker: .picker
        case .incident: .incident
        }
        guard let state = snapshot.incident else { return KeyContext(mode: mode, focus: focus, actor: snapshot.actor) }
        let clock = CommsClock(state: state, playbook: snapshot.playbook, now: snapshot.now)
        let checklist = Checklist(state: state, playbook: snapshot.playbook, now: snapshot.now)
        return KeyContext(mode: mode, focus: focus, phase: state.phase, actor: snapshot.actor, lead: state.lead,
                          searchActive: search != nil, commsRunning: clock.isRunning,
                          hasStatuspageIncident: state.comms.statuspageOpenedAt != nil,
                          breachSuspected: state.securitySuspectedAt != nil, hasOpenSteps: !checklist.open.isEmpty)
    }

    private mutating func dispatch(_ key: KeyEvent, snapshot: ConsoleSnapshot) -> [ConsoleEffect] {
        let context = keyContext(for: snapshot)
        if let (binding, availability) = keyTable.lookup(key, in: context) {
            if availability.isEnabled || binding.passesWhenDisabled {
                return run(binding.action, key: key, snapshot: snapshot)
            }
            message = ConsoleMessage(availability.reason ?? "\(binding.keyLabel) does nothing now.", kind: .error)
            return []
        }
        if context.mode == .textPrompt, case var .text(field)? = dialog?.question.input {
            switch key {
            case let .character(character): field.insert(character)
            case .tab: field.insert(" ")
            default: return []
            }
            dialog?.question.input = .text(field)
            return []
        }
        if case .character = key, !context.mode.isPrompt {
            message = ConsoleMessage("\(key.label) does nothing here; ? lists the keys.", kind: .info)
        }
        return []
    }

    mutating func start(_ flow: any ConsoleFlow, _ context: FlowContext) {
        dialog = Dialog(flow: flow, question: flow.question(context))
    }
}
