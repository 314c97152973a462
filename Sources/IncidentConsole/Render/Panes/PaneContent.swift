/// The lines of the Roles, Comms and Escalation panes for a content area (the Timeline lays itself out).
import IncidentCore
import ScreenGrid

enum PaneContent {
    static func lines(_ pane: Pane, state: IncidentState, content: Rect, context: RenderContext) -> [StyledLine] {
        switch pane {
        case .timeline: []
        case .roles: RolesPane.lines(state, width: content.width, context: context)
        case .comms: CommsPane.lines(state, width: content.width, height: content.height, context: context)
        case .escalation: EscalationPane.lines(state, width: content.width, context: context)
        }
    }

    /// A short note for the pane's top border.
    static func suffix(_ pane: Pane, state: IncidentState, context: RenderContext) -> String? {
        switch pane {
        case .timeline, .roles: return nil
        case .comms:
            return state.phase == .active ? "every \(context.playbook.cadenceMinutes(for: state.priority)) min" : nil
        case .escalation:
            return state.securitySensitive ? "SECURITY: IA first" : nil
        }
    }
}
