/// One key binding: its keys, its words for the key bar and help, and when it works (or why not).
import ScreenGrid

public enum KeySection: String, Sendable, CaseIterable {
    case record = "Record"
    case process = "Run the process"
    case report = "The report"
    case suppliers = "Suppliers"
    case move = "Move around"
    case general = "General"
    case start = "Welcome and incident list"
    case prompt = "In a prompt or choice"
}

public struct KeyBinding: Sendable {
    public let keys: [KeyEvent]
    /// How the keys read in help; defaults to the keys' labels joined with "/".
    public let keyLabel: String
    /// How the keys read in the key bar, where one entry may stand for a pair ("j/k scroll").
    public let barKeyLabel: String
    /// One or two words for the key bar ("action").
    public let label: String
    /// A sentence for the help screen.
    public let help: String
    public let section: KeySection
    public let action: ConsoleAction
    /// False for keys that share a bar entry with another binding (k shares "j/k scroll").
    public let inBar: Bool
    /// Opens its dialog even when the record would refuse it, with the record's reason shown in red above the text
    /// field: for a key whose dialog takes free text (a production change), so text typed after the key lands in the
    /// field rather than being read as commands, and is kept when the record refuses it.
    public let passesWhenDisabled: Bool
    /// A key for after the incident: first in the key bar once it is resolved.
    public let afterResolution: Bool
    private let rule: @Sendable (KeyContext) -> Availability

    public init(_ keys: [KeyEvent], keyLabel: String? = nil, barKeyLabel: String? = nil, label: String, help: String, section: KeySection,
                action: ConsoleAction, inBar: Bool = true, passesWhenDisabled: Bool = false, afterResolution: Bool = false,
                rule: @escaping @Sendable (KeyContext) -> Availability) {
        self.keys = keys
        self.keyLabel = keyLabel ?? keys.map(\.label).joined(separator: "/")
        self.barKeyLabel = barKeyLabel ?? self.keyLabel
        self.label = label
        self.help = help
        self.section = section
        self.action = action
        self.inBar = inBar
        self.passesWhenDisabled = passesWhenDisabled
        self.afterResolution = afterResolution
        self.rule = rule
    }

    public func availability(in context: KeyContext) -> Availability { rule(context) }
}
