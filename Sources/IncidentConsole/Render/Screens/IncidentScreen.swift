/// The incident screen: header, banner and the four panes in their layout.
import IncidentCore
import ScreenGrid

enum IncidentScreen {
    static func draw(_ state: IncidentState, model: ConsoleModel, layout: ScreenLayout, othersOpen: Int, banner: String?,
                     context: RenderContext, grid: inout Grid) {
        HeaderView.draw(state, othersOpen: othersOpen, width: layout.size.width, context: context, grid: &grid)
        if let banner, let row = layout.banner {
            BannerView.draw(banner, row: row, width: layout.size.width, context: context, grid: &grid)
        }
        for pane in Pane.allCases {
            guard let rect = layout.panes[pane] else { continue }
            if pane == .timeline {
                TimelinePane.draw(state, in: rect, model: model, context: context, grid: &grid)
                continue
            }
            let content = PaneFrame.content(of: rect)
            let lines = PaneContent.lines(pane, state: state, content: content, context: context)
            PaneFrame.draw(pane, in: rect, focused: model.focus == pane, suffix: PaneContent.suffix(pane, state: state, context: context),
                           grid: &grid, context: context)
            let top = PaneFrame.drawLines(lines, offset: model.paneScroll[pane] ?? 0, in: rect, grid: &grid)
            if top + content.height < lines.count {
                PaneFrame.borderNote("\(context.glyphs.arrowDown) more", in: rect, style: context.theme.dim, grid: &grid, context: context)
            }
        }
    }
}
