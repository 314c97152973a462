/// The Timeline pane: the laid-out rows in the window the scroll position picks, with "N new below" when scrolled back.
import IncidentCore
import ScreenGrid

/// Everything the Timeline pane draws, worked out first: an unchanged value means unchanged cells.
struct TimelinePane: Equatable {
    /// The border, title, suffix and scroll notes, and what they are drawn with.
    struct Frame: Equatable {
        var rect: Rect
        var focused: Bool
        var suffix: String
        var newBelow: Int
        var moreBelow: Bool
        var moreAbove: Bool
        var theme: Theme
        var unicode: Bool
    }

    var frame: Frame
    /// The rows in the window, top to bottom.
    var visible: [StyledLine]

    init(_ state: IncidentState, in rect: Rect, model: ConsoleModel, context: RenderContext, cache: TimelineRowCache? = nil) {
        let content = PaneFrame.content(of: rect)
        // Following the newest entry (the usual case) needs only the last screenful of rows.
        let following = model.timelineScroll == .following
        let (rows, complete) = following
            ? TimelineLayout.tailRows(state, width: content.width, context: context, search: model.search, minimumRows: content.height,
                                      cache: cache)
            : (TimelineLayout.rows(state, width: content.width, context: context, search: model.search, cache: cache), true)
        let viewport = TimelineViewport(rows: rows, state: state, height: content.height, scroll: model.timelineScroll)
        let count = state.timeline.count == 1 ? "1 entry" : "\(state.timeline.count) entries"
        var suffix = rect.width >= 60 ? "\(count), \(context.local.zoneName) time" : count
        if let search = model.search {
            let (matches, current) = cache.map { $0.searchResult(search, in: state) } ?? (search.matches(in: state), search.currentItem(in: state))
            let position = current.flatMap { matches.firstIndex(of: $0) }.map { "\($0 + 1)/" } ?? ""
            suffix = "/\(search.query): \(position)\(matches.count) match\(matches.count == 1 ? "" : "es")"
        }
        visible = (0..<content.height).compactMap { row in viewport.top + row < rows.count ? rows[viewport.top + row].line : nil }
        frame = Frame(rect: rect, focused: model.focus == .timeline, suffix: suffix, newBelow: viewport.newBelow,
                      moreBelow: viewport.moreBelow, moreAbove: (viewport.top > 0 || !complete) && content.height > 0,
                      theme: context.theme, unicode: context.unicode)
    }

    /// Draws the pane; over `drawn` (what the same cells show now) only the rows that changed, when the frame did not.
    func draw(over drawn: TimelinePane?, context: RenderContext, grid: inout Grid) {
        let rect = frame.rect
        let content = PaneFrame.content(of: rect)
        if let drawn, drawn.frame == frame {
            PaneFrame.redrawRows(visible, over: drawn.visible, in: content, grid: &grid)
            return
        }
        PaneFrame.draw(.timeline, in: rect, focused: frame.focused, suffix: frame.suffix, grid: &grid, context: context)
        for (row, line) in visible.enumerated() {
            grid.draw(line, x: content.x, y: content.y + row, width: content.width)
        }
        if frame.newBelow > 0 {
            PaneFrame.borderNote("\(context.glyphs.arrowDown) \(frame.newBelow) new below (G follows)", in: rect,
                                 style: context.theme.alarm, grid: &grid, context: context)
        } else if frame.moreBelow {
            PaneFrame.borderNote("\(context.glyphs.arrowDown) more below (G follows)", in: rect, style: context.theme.warn,
                                 grid: &grid, context: context)
        }
        if frame.moreAbove {
            PaneFrame.borderNote(context.glyphs.arrowUp + " more", in: rect, top: true, style: context.theme.dim, grid: &grid, context: context)
        }
    }
}
