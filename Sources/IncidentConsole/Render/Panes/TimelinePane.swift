/// The Timeline pane: the laid-out rows in the window the scroll position picks, with "N new below" when scrolled back.
import IncidentCore
import ScreenGrid

enum TimelinePane {
    static func draw(_ state: IncidentState, in rect: Rect, model: ConsoleModel, context: RenderContext, grid: inout Grid) {
        let content = PaneFrame.content(of: rect)
        // Following the newest entry (the usual case) needs only the last screenful of rows.
        let following = model.timelineScroll == .following
        let (rows, complete) = following
            ? TimelineLayout.tailRows(state, width: content.width, context: context, search: model.search, minimumRows: content.height)
            : (TimelineLayout.rows(state, width: content.width, context: context, search: model.search), true)
        let viewport = TimelineViewport(rows: rows, state: state, height: content.height, scroll: model.timelineScroll)
        let count = state.timeline.count == 1 ? "1 entry" : "\(state.timeline.count) entries"
        var suffix = rect.width >= 60 ? "\(count), \(context.local.zoneName) time" : count
        if let search = model.search {
            let matches = search.matches(in: state)
            let position = search.currentItem(in: state).flatMap { matches.firstIndex(of: $0) }.map { "\($0 + 1)/" } ?? ""
            suffix = "/\(search.query): \(position)\(matches.count) match\(matches.count == 1 ? "" : "es")"
        }
        PaneFrame.draw(.timeline, in: rect, focused: model.focus == .timeline, suffix: suffix, grid: &grid, context: context)
        for row in 0..<content.height where viewport.top + row < rows.count {
            grid.draw(rows[viewport.top + row].line, x: content.x, y: content.y + row, width: content.width)
        }
        if viewport.newBelow > 0 {
            PaneFrame.borderNote("\(context.glyphs.arrowDown) \(viewport.newBelow) new below (G follows)", in: rect,
                             style: context.theme.alarm, grid: &grid, context: context)
        } else if viewport.moreBelow {
            PaneFrame.borderNote("\(context.glyphs.arrowDown) more below (G follows)", in: rect, style: context.theme.warn,
                             grid: &grid, context: context)
        }
        if (viewport.top > 0 || !complete) && content.height > 0 {
            PaneFrame.borderNote(context.glyphs.arrowUp + " more", in: rect, top: true, style: context.theme.dim, grid: &grid, context: context)
        }
    }
}
