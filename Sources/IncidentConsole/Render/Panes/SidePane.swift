/// The Comms, Roles and Escalation panes: their lines worked out first, then drawn in the frame.
import IncidentCore
import ScreenGrid

/// Everything one of these panes draws: an unchanged value means unchanged cells.
struct SidePane: Equatable {
    /// The border, title, suffix and the "more" note, and what they are drawn with.
    struct Frame: Equatable {
        var pane: Pane
        var rect: Rect
        var focused: Bool
        var suffix: String?
        var more: Bool
        var theme: Theme
        var unicode: Bool
    }

    var frame: Frame
    /// The lines in the content area, top to bottom, after the scroll offset.
    var visible: [StyledLine]

    init(_ pane: Pane, state: IncidentState, in rect: Rect, model: ConsoleModel, context: RenderContext) {
        let content = PaneFrame.content(of: rect)
        let lines = PaneContent.lines(pane, state: state, content: content, context: context)
        let top = PaneFrame.top(offset: model.paneScroll[pane] ?? 0, lines: lines.count, height: content.height)
        visible = Array(lines[top..<min(lines.count, top + content.height)])
        frame = Frame(pane: pane, rect: rect, focused: model.focus == pane, suffix: PaneContent.suffix(pane, state: state, context: context),
                      more: top + content.height < lines.count, theme: context.theme, unicode: context.unicode)
    }

    /// Draws the pane; over `drawn` (what the same cells show now) only the rows that changed, when the frame did not.
    func draw(over drawn: SidePane?, context: RenderContext, grid: inout Grid) {
        let rect = frame.rect
        let content = PaneFrame.content(of: rect)
        if let drawn, drawn.frame == frame {
            PaneFrame.redrawRows(visible, over: drawn.visible, in: content, grid: &grid)
            return
        }
        PaneFrame.draw(frame.pane, in: rect, focused: frame.focused, suffix: frame.suffix, grid: &grid, context: context)
        PaneFrame.drawLines(visible, offset: 0, in: rect, grid: &grid)
        if frame.more {
            PaneFrame.borderNote("\(context.glyphs.arrowDown) more", in: rect, style: context.theme.dim, grid: &grid, context: context)
        }
    }
}
