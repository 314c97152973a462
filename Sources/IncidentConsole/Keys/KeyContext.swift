/// What decides which keys work now: the screen or prompt, the focused pane, the phase, who is at the keyboard.
import IncidentCore

/// Where keys go: a screen, the help overlay, or the kind of prompt that is open.
public enum KeyMode: Sendable, Equatable, CaseIterable {
    case welcome, picker, incident, help
    /// The incident report, open over the incident screen.
    case report
    /// The suppliers view, open over the incident screen.
    case suppliers
    case textPrompt, choicePrompt, multiChoicePrompt, confirmPrompt

    var isPrompt: Bool { [.textPrompt, .choicePrompt, .multiChoicePrompt, .confirmPrompt].contains(self) }
}

public struct KeyContext: Sendable, Equatable {
    public var mode: KeyMode
    public var focus: Pane
    public var phase: IncidentPhase
    public var actor: Person
    public var searchActive: Bool
    public var hasOpenSteps: Bool
    /// Some logged entry can still be corrected or struck out.
    public var hasAmendableEntries: Bool
    /// The open dialog records something, so it takes a "when" (Tab).
    public var whenAvailable = false
    /// Why the record would refuse each kind of command now (the core's `precheck`), as the console words it.
    public var blocked: [CommandKind: String] = [:]
    /// The open prompt is the `:` command line: Tab completes, Up and Down recall earlier lines.
    public var commandLine = false
    /// The actions that do what is due now, most urgent first: their keys lead the key bar.
    public var due: [ConsoleAction] = []

    public init(mode: KeyMode, focus: Pane = .timeline, phase: IncidentPhase = .none, actor: Person = "",
                searchActive: Bool = false, hasOpenSteps: Bool = false, hasAmendableEntries: Bool = false) {
        self.mode = mode
        self.focus = focus
        self.phase = phase
        self.actor = actor
        self.searchActive = searchActive
        self.hasOpenSteps = hasOpenSteps
        self.hasAmendableEntries = hasAmendableEntries
    }
}

/// Whether a binding works in a context.
public enum Availability: Sendable, Equatable {
    case enabled
    /// Shown in help with the reason; the key bar leaves it out.
    case disabled(String)
    /// Belongs to another mode: not offered here at all.
    case hidden

    public var isEnabled: Bool { self == .enabled }
    public var reason: String? { if case let .disabled(reason) = self { reason } else { nil } }
}
