/// A pane's frame: the numbered title, the focus mark (border and reversed "[1 Timeline]"), the content area.
import ScreenGrid

enum PaneFrame {
    /// Inside the border, one column of padding on the left.
    static func content(of rect: Rect) -> Rect {
        Rect(x: rect.x + 2, y: rect.y + 1, width: max(0, rect.width - 3), height: max(0, rect.height - 2))
    }

    static func draw(_ pane: Pane, in rect: Rect, focused: Bool, suffix: String?, grid: inout Grid, context: RenderContext) {
        let theme = context.theme
        // Focus shows in the border style and in the title's brackets and reverse video, not in colour alone.
        let title = focused ? "[\(pane.rawValue) \(pane.title)]" : "\(pane.rawValue) \(pane.title)"
        grid.fill(rect)
        grid.box(rect, title: title, style: focused ? theme.focusBorder : theme.border,
                 titleStyle: focused ? theme.focusTitle : theme.paneTitle, glyphs: context.glyphs)
        if let suffix, rect.width > 10 {
            let titleWidth = TextWidth.of(title) + 4
            let room = rect.width - titleWidth - 3
            if room > 4 {
                grid.put(" " + TextWidth.truncate(context.clean(suffix), toWidth: room - 2, ellipsis: context.glyphs.ellipsis) + " ",
                         x: rect.x + titleWidth, y: rect.y, style: theme.dim, maxWidth: room)
            }
        }
    }

    /// A note in the bottom (or top) border, right-aligned ("3 new below (G follows)").
    static func borderNote(_ text: String, in rect: Rect, top: Bool = false, style: Style, grid: inout Grid, context: RenderContext) {
        let label = " " + context.clean(text) + " "
        let width = min(TextWidth.of(label), max(0, rect.width - 4))
        guard width > 2 else { return }
        grid.put(label, x: rect.maxX - 2 - width, y: top ? rect.y : rect.maxY - 1, style: style, maxWidth: width)
    }

    /// The first line shown for a scroll `offset`: the last screenful at most.
    static func top(offset: Int, lines: Int, height: Int) -> Int {
        min(max(0, offset), max(0, lines - height))
    }

    /// Redraws the rows of `content` where `lines` differ from `drawn`, the lines those rows show now.
    static func redrawRows(_ lines: [StyledLine], over drawn: [StyledLine], in content: Rect, grid: inout Grid) {
        for row in 0..<min(content.height, max(lines.count, drawn.count)) {
            let line = row < lines.count ? lines[row] : nil
            guard line != (row < drawn.count ? drawn[row] : nil) else { continue }
            grid.fill(Rect(x: content.x, y: content.y + row, width: content.width, height: 1))
            if let line { grid.draw(line, x: content.x, y: content.y + row, width: content.width) }
        }
    }

    /// Draws `lines` into the content area from line `offset`; returns the offset actually used.
    @discardableResult
    static func drawLines(_ lines: [StyledLine], offset: Int, in rect: Rect, grid: inout Grid) -> Int {
        let content = content(of: rect)
        let top = top(offset: offset, lines: lines.count, height: content.height)
        for row in 0..<content.height where top + row < lines.count {
            grid.draw(lines[top + row], x: content.x, y: content.y + row, width: content.width)
        }
        return top
    }
}
