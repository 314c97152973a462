/// The console's own state (focus, dialog, scroll, search, message) and its two entry points: keys in, outcomes in.
import Foundation
import IncidentCore
import ScreenGrid

/// An open dialog: the flow, the question it asks now (with the answer being typed) and why the last answer failed.
struct Dialog: Sendable {
    var flow: any ConsoleFlow
    var question: Question
    var error: String?
    /// When it happened, for a dialog that records something (`ConsoleFlow.takesWhen`): empty means now.
    var when = TextField()
    /// Keys go to the "when" field rather than the question (Tab moves between them).
    var editingWhen = false

    init(flow: any ConsoleFlow, question: Question, error: String? = nil) {
        self.flow = flow
        self.question = question
        self.error = error
    }

    /// The text field keys edit: the "when" field while it has the focus, else the question's text, if any.
    var activeField: TextField? {
        get {
            if editingWhen { return when }
            if case let .text(field) = question.input { return field }
            return nil
        }
        set {
            guard let newValue else { return }
            if editingWhen { when = newValue } else if case .text = question.input { question.input = .text(newValue) }
        }
    }
}

public struct ConsoleModel: Sendable {
    public let keyTable: KeyTable
    public internal(set) var focus: Pane = .timeline
    /// The outcome of the last effect, or why a key did nothing; cleared by the next key.
    public internal(set) var message: ConsoleMessage?
    var dialog: Dialog?
    var showingHelp = false
    /// The incident report, open over the incident screen.
    var report: ReportScreen?
    /// The suppliers view, open over the incident screen: how far it is scrolled.
    var suppliersScroll: Int?
    var helpScroll = 0
    var timelineScroll = TimelineScroll.following
    var paneScroll: [Pane: Int] = [:]
    var search: SearchState?
    /// The incident selected in the list, by id: the list re-sorts when another console declares one.
    var pickerSelectedID: IncidentID?
    /// The command last handed to the run loop, kept to repeat it with a confirmation the core asks for.
    var lastPerformed: Command?
    /// The dialog (as it stood before its last answer) that produced the pending `.perform` or `.declare`:
    /// a refusal or failure reopens it, so text typed at 3 a.m. is not lost to a locked store or a rule.
    var submittedDialog: Dialog?
    /// The file last asked to be written, kept to ask before replacing it.
    var pendingFile: (path: String, contents: String)?
    /// The lines run from the `:` line, for Up and Down there.
    var commandHistory = CommandLineHistory()

    /// The last key handed to `handle` was bound but refused: the keys typed after it are not to be read as commands
    /// (`dropTypedAhead`).
    public private(set) var lastKeyRefused = false

    /// Says that the keys typed after a refused key were dropped (the run loop drops the ones it holds).
    public mutating func dropTypedAhead() {
        guard let shown = message else { return }
        message = ConsoleMessage(shown.text + " The keys typed after it were not used.", kind: shown.kind)
        lastKeyRefused = false
    }

    public init(keyTable: KeyTable = .standard) {
        self.keyTable = keyTable
    }

    public var isPromptActive: Bool { dialog != nil }
    /// The question the open dialog asks, if any.
    public var question: Question? { dialog?.question }
    public var isShowingHelp: Bool { showingHelp }
    public var isFollowingTimeline: Bool { timelineScroll == .following }
    public var searchQuery: String? { search?.query }

    /// Keys in the order they were typed, each one a key however many arrived in one read (a laggy link delivers
    /// `Enter Enter n` together): an Enter always accepts. Only a `.paste` (a bracketed paste) is text, and only
    /// ever for an open text prompt. The run loop hands keys over one at a time, each after the store work the
    /// previous one asked for is done, so each key sees the state that work produced.
    public mutating func handle(_ keys: [KeyEvent], snapshot: ConsoleSnapshot) -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        let screenFits = snapshot.size.width >= ScreenLayout.minimum.width && snapshot.size.height >= ScreenLayout.minimum.height
        for key in keys where key != .resize {
            // Nothing is done blind: below the minimum size only quitting and repainting work.
            guard screenFits else {
                if key == .control("c") || (key == .character("q") && dialog == nil) { return effects + [.quit] }
                if key == .control("l") { effects.append(.redraw) }
                continue
            }
            message = nil
            let (more, refused) = dispatchNoting(key, snapshot: snapshot)
            effects += more
            lastKeyRefused = refused
            if effects.contains(.quit) { break }
            // Keys typed ahead after a refused key (text meant for the prompt that did not open) are not read as
            // commands: an "a" in it would start an action.
            if refused, keys.last != key {
                dropTypedAhead()
                break
            }
        }
        return effects
    }

    /// Shows news from the store that no key asked for (gone offline, back online, a kept entry refused when sent)
    /// on the message line, leaving any open dialog as it is.
    public mutating func notify(_ text: String, kind: ConsoleMessage.Kind) {
        message = ConsoleMessage(text, kind: kind)
    }

    /// What became of the last effect. A refusal that asks for a confirmation opens a y/n question; any other
    /// refusal or a failure reopens the dialog that produced the effect, text intact, with the reason shown in it.
    public mutating func receive(_ outcome: CommandOutcome, snapshot: ConsoleSnapshot) -> [ConsoleEffect] {
        defer { lastPerformed = nil }
        switch outcome {
        case let .accepted(summary):
            submittedDialog = nil
            pendingFile = nil
            message = ConsoleMessage(summary, kind: .success)
            return []
        case let .refused(refusal):
            if case let .needsConfirmation(confirmation) = refusal.reason, let command = lastPerformed,
               let flow = ConfirmRetryFlow(refused: command, needing: confirmation, refusal: refusal) {
                // `submittedDialog` stays: if the confirmed retry is refused too, the original text comes back.
                start(flow, FlowContext(snapshot))
                return []
            }
            reopenSubmittedDialog(showing: keyTable.text(of: refusal))
            return [.bell]
        case let .failed(text):
            reopenSubmittedDialog(showing: text)
            return [.bell]
        case let .fileExists(path):
            submittedDialog = nil
            guard let pending = pendingFile, pending.path == path else {
                message = ConsoleMessage("\(path) exists; nothing was written.", kind: .error)
                return []
            }
            start(OverwriteFlow(path: path, contents: pending.contents), FlowContext(snapshot))
            return []
        }
    }

    /// Reopens the dialog behind the refused or failed effect (a `:` line too) with `reason` as its error; without
    /// one (an outcome nothing typed led to) the reason goes to the message line.
    private mutating func reopenSubmittedDialog(showing reason: String) {
        // Another dialog already open (a refusal that arrives with a dialog of its own) is not replaced.
        guard var reopened = submittedDialog, dialog == nil else {
            submittedDialog = nil
            message = ConsoleMessage(reason, kind: .error)
            return
        }
        submittedDialog = nil
        reopened.error = reason
        dialog = reopened
        message = nil
    }

    /// The context the key table judges bindings in.
    public func keyContext(for snapshot: ConsoleSnapshot) -> KeyContext {
        var context = screenKeyContext(for: snapshot)
        if let dialog {
            context.whenAvailable = dialog.flow.takesWhen
            let questionMode: KeyMode = switch dialog.question.input {
            case .text: .textPrompt
            case .choice: .choicePrompt
            case .multiChoice: .multiChoicePrompt
            case .confirm: .confirmPrompt
            }
            context.mode = dialog.editingWhen ? .textPrompt : questionMode
            context.commandLine = dialog.flow is CommandLineFlow && !dialog.editingWhen
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
        case .incident: report != nil ? .report : suppliersScroll != nil ? .suppliers : .incident
        }
        guard let state = snapshot.incident else { return KeyContext(mode: mode, focus: focus, actor: snapshot.actor) }
        let clock = CommsClock(state: state, playbook: snapshot.playbook, now: snapshot.now)
        let checklist = Checklist(state: state, playbook: snapshot.playbook, now: snapshot.now)
        var context = KeyContext(mode: mode, focus: focus, phase: state.phase, actor: snapshot.actor,
                                 searchActive: search != nil, hasOpenSteps: !checklist.tickable.isEmpty,
                                 hasAmendableEntries: state.timeline.contains(where: AmendFlow.canBeAmended))
        // The record's own rules decide which keys work: asked once per kind, not restated here.
        let decision = DecisionContext(now: snapshot.now, actor: snapshot.actor, playbook: snapshot.playbook, makeEventID: { UUID() })
        for kind in CommandKind.allCases {
            if let refusal = precheck(kind, state: state, context: decision) { context.blocked[kind] = keyTable.text(of: refusal) }
        }
        context.due = Self.dueActions(state, clock: clock, checklist: checklist, snapshot: snapshot)
        return context
    }

    /// The actions that do what is due now, overdue before due soon: send comms, staff the roles, chase the escalation,
    /// log the first action or finding, tick an overdue step.
    static func dueActions(_ state: IncidentState, clock: CommsClock, checklist: Checklist, snapshot: ConsoleSnapshot) -> [ConsoleAction] {
        var due: [(action: ConsoleAction, overdue: Bool)] = []
        let playbook = snapshot.playbook, now = snapshot.now
        if clock.isRunning, !clock.isSnoozed, clock.urgency >= .soon { due.append((.comms, clock.urgency == .overdue)) }
        let pending = checklist.overdue + checklist.dueNow
        func add(_ action: ConsoleAction, for steps: Set<String>) {
            let matching = pending.filter { steps.contains($0.id) }
            if !matching.isEmpty { due.append((action, matching.contains { $0.status == .overdue })) }
        }
        add(.escalate, for: [StepID.alertInformationAssurance])
        add(.roles, for: [StepID.nominateLead, StepID.nominateComms])
        add(.comms, for: [StepID.tellTeamChannel, StepID.createStatuspageIncident, StepID.finalTenantUpdate])
        let ladder = Ladder(state: state, playbook: playbook, now: now)
        if ladder.urgency >= .soon { due.append((.escalate, ladder.urgency == .overdue)) }
        let start = StartWorkClock(state: state, playbook: playbook, now: now)
        if start.status == .overdue || start.status == .soon {
            due.append((.log(.action), start.status == .overdue))
            due.append((.log(.finding), start.status == .overdue))
        }
        add(.stepDone, for: Set(checklist.tickable.map(\.id)))
        var ordered: [ConsoleAction] = []
        for entry in due.filter(\.overdue) + due.filter({ !$0.overdue }) where !ordered.contains(entry.action) { ordered.append(entry.action) }
        return ordered
    }

    /// `dispatch`, and whether the key was refused (bound, but off now).
    private mutating func dispatchNoting(_ key: KeyEvent, snapshot: ConsoleSnapshot) -> ([ConsoleEffect], refused: Bool) {
        if case .paste = key { return (dispatch(key, snapshot: snapshot), false) }
        let context = keyContext(for: snapshot)
        let refused = keyTable.lookup(key, in: context).map { !$0.availability.isEnabled && !$0.binding.passesWhenDisabled } ?? false
        return (dispatch(key, snapshot: snapshot), refused)
    }

    mutating func dispatch(_ key: KeyEvent, snapshot: ConsoleSnapshot) -> [ConsoleEffect] {
        // Pasted text never reaches the key table: a "q" or "R" in it must not quit or resolve.
        if case let .paste(text) = key {
            paste(text)
            return []
        }
        if case let .mouse(event) = key { return mouse(event, snapshot: snapshot) }
        forgetCompletions(unless: key)
        let context = keyContext(for: snapshot)
        if let (binding, availability) = keyTable.lookup(key, in: context) {
            if availability.isEnabled || binding.passesWhenDisabled {
                return run(binding.action, key: key, snapshot: snapshot)
            }
            message = ConsoleMessage("\(binding.keyLabel): " + (availability.reason ?? "does nothing now."), kind: .error)
            return []
        }
        if context.mode == .textPrompt, var field = dialog?.activeField {
            switch key {
            case let .character(character): field.insert(character)
            case .tab: field.insert(" ")
            default: return []
            }
            dialog?.activeField = field
            return []
        }
        if case .character = key, !context.mode.isPrompt {
            message = ConsoleMessage("\(key.label) does nothing here; ? lists the keys.", kind: .info)
        }
        return []
    }

    /// Inserts pasted text at the cursor of an open text prompt (newlines become spaces in a one-line prompt,
    /// tabs spaces, other control characters are dropped); anywhere else it only says where pasting works.
    private mutating func paste(_ text: String) {
        guard var field = dialog?.activeField else {
            message = ConsoleMessage("Paste into a prompt: press \(KeyHint.key(.log(.action))), \(KeyHint.key(.log(.finding))), \(KeyHint.key(.log(.decision))) or \(KeyHint.key(.log(.note))) first.", kind: .info)
            return
        }
        var cleaned = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCarriageReturn: continue
            case "\n", "\r": cleaned.append(field.multiline ? "\n" : " ")
            case "\t": cleaned.append(" ")
            default: if scalar.properties.generalCategory != .control { cleaned.append(scalar) }
            }
        }
        // Inserted at once, by characters (not scalars), so accents and emoji stay whole and a long paste is quick.
        field.insert(contentsOf: Array(String(cleaned)))
        dialog?.activeField = field
    }

    mutating func start(_ flow: any ConsoleFlow, _ context: FlowContext) {
        dialog = Dialog(flow: flow, question: flow.question(context))
    }
}
