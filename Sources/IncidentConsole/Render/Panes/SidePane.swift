/// The Comms, Roles and Escalation panes: their lines worked out first, then drawn in the frame.
import IncidentCore
import ScreenGrid

/// Everything one of these panes draws: an unchanged value means unchanged cells.
struct SidePane: Equatable {
    var pane: Pane
    var rect: Rect
    var focused: Bool
    var suffix: String?
    var lines: [StyledLine]
    var offset: Int
    var theme: Theme
    var unicode: Bool

    init(_ pane: Pane, state: IncidentState, in rect: Rect, model: ConsoleModel, context: RenderContext) {
        self.pane = pane
        self.rect = rect
        focused = model.focus == pane
        suffix = PaneContent.suffix(pane, state: state, context: context)
        lines = PaneContent.lines(pane, state: state, content: PaneFrame.content(of: rect), context: context)
        offset = model.paneScroll[pane] ?? 0
        theme = context.theme
        unicode = context.unicode
    }

    func draw(context: RenderContext, grid: inout Grid) {
        let content = PaneFrame.content(of: rect)
        PaneFrame.draw(pane, in: rect, focused: focused, suffix: suffix, grid: &grid, context: context)
        let top = PaneFrame.drawLines(lines, offset: offset, in: rect, grid: &grid)
        if top + content.height < lines.count {
            PaneFrame.borderNote("\(context.glyphs.arrowDown) more", in: rect, style: context.theme.dim, grid: &grid, context: context)
        }
    }
}
