/// The four panes of the incident screen, numbered as their focus keys, in the order they read on screen (left to
/// right, top to bottom).
public enum Pane: Int, CaseIterable, Sendable {
    case timeline = 1, comms, roles, escalation

    public var title: String {
        switch self {
        case .timeline: "Timeline"
        case .roles: "Roles"
        case .comms: "Comms"
        case .escalation: "Escalation"
        }
    }

    var next: Pane { Pane(rawValue: rawValue % 4 + 1)! }
    var previous: Pane { Pane(rawValue: (rawValue + 2) % 4 + 1)! }
}
