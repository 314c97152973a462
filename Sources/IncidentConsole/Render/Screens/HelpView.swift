/// The help overlay, generated from the key table: every binding by section, with why it is off when it is.
import ScreenGrid

enum HelpView {
    static func lines(_ table: KeyTable, in keyContext: KeyContext, width: Int, context: RenderContext) -> [StyledLine] {
        let theme = context.theme
        // Room for the longest key label and two spaces after it.
        let keyWidth = (table.bindings.map { TextWidth.of($0.keyLabel) }.max() ?? 8) + 4
        var lines = context.wrapped("Every key, from the same table that runs them. Keys marked \"off\" do not work now; the reason follows.",
                                    theme.dim, width: width)
        for (section, rows) in table.helpSections(in: keyContext) {
            lines += [.blank, StyledLine(section.rawValue, theme.strong)]
            for (binding, availability) in rows {
                let textWidth = max(10, width - keyWidth - 2)
                let help = context.wrap(context.clean(binding.help), width: textWidth)
                for (index, text) in help.enumerated() {
                    var line = StyledLine()
                    line.add(padded(index == 0 ? "  " + context.clean(binding.keyLabel) : "", toWidth: keyWidth), theme.keyHint)
                    line.add(text, availability.reason == nil ? theme.normal : theme.dim)
                    lines.append(line)
                }
                if let reason = availability.reason {
                    let passes = binding.passesWhenDisabled ? " The key still asks; the record decides." : ""
                    lines += context.wrap("off: " + context.clean(reason) + passes, width: textWidth).map {
                        StyledLine(String(repeating: " ", count: keyWidth) + $0, theme.warn)
                    }
                }
            }
        }
        lines += [.blank, StyledLine("Timeline symbols", theme.strong)]
        var legend = StyledLine("  ")
        for (category, name) in KindMark.legend {
            let entry = KindMark.symbol(category, unicode: context.unicode) + " " + name + "   "
            if legend.width + TextWidth.of(entry) > width {
                lines.append(legend)
                legend = StyledLine("  ")
            }
            legend.add(KindMark.symbol(category, unicode: context.unicode), theme.kind(category))
            legend.add(" " + name + "   ")
        }
        lines.append(legend)
        return lines
    }

    static func draw(_ lines: [StyledLine], scroll: Int, body: Rect, context: RenderContext, grid: inout Grid) {
        grid.fill(body)
        grid.box(body, title: "Help: keys (Esc, q or ? closes)", style: context.theme.focusBorder, titleStyle: context.theme.focusTitle,
                 glyphs: context.glyphs)
        let top = PaneFrame.drawLines(lines, offset: scroll, in: body, grid: &grid)
        if top + PaneFrame.content(of: body).height < lines.count {
            PaneFrame.borderNote("\(context.glyphs.arrowDown) j/k scroll", in: body, style: context.theme.dim, grid: &grid, context: context)
        }
    }
}
