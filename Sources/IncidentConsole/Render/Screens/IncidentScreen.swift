/// The incident screen: header, banner and the four panes in their layout.
import IncidentCore
import ScreenGrid

enum IncidentScreen {
    /// Draws the screen into `grid`. With a cache, `grid` is the screen as the cache last drew it (same size, no
    /// overlays): the header and banner rows are drawn again, and of a pane only what changed (its rows, or all of it
    /// when its frame changed).
    static func draw(_ state: IncidentState, model: ConsoleModel, layout: ScreenLayout, othersOpen: Int, banner: String?,
                     context: RenderContext, grid: inout Grid, cache: RenderCache? = nil) {
        if cache != nil { grid.fill(Rect(x: 0, y: 0, width: layout.size.width, height: ScreenLayout.headerRows)) }
        HeaderView.draw(state, othersOpen: othersOpen, width: layout.size.width, context: context, grid: &grid)
        if let banner, let row = layout.banner {
            BannerView.draw(banner, row: row, width: layout.size.width, context: context, grid: &grid)
        }
        for pane in Pane.allCases {
            guard let rect = layout.panes[pane] else { continue }
            if pane == .timeline {
                let timeline = TimelinePane(state, in: rect, model: model, context: context, cache: cache?.timelineRows)
                guard cache?.timeline != timeline else { continue }
                timeline.draw(over: cache?.timeline, context: context, grid: &grid)
                cache?.timeline = timeline
            } else {
                let side = SidePane(pane, state: state, in: rect, model: model, context: context)
                guard cache?.panes[pane] != side else { continue }
                side.draw(over: cache?.panes[pane], context: context, grid: &grid)
                cache?.panes[pane] = side
            }
        }
    }
}
