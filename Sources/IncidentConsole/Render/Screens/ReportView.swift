/// The incident report over the incident screen: its Markdown, wrapped to the width and cleaned, scrolled with j/k.
import IncidentReporting
import ScreenGrid

enum ReportView {
    /// Each line of the Markdown wrapped to `width`; headings stand out. Text from the record is cleaned like any other.
    static func lines(_ markdown: String, width: Int, context: RenderContext) -> [StyledLine] {
        let theme = context.theme
        var lines: [StyledLine] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(line)
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                lines.append(.blank)
            } else {
                lines += context.wrapped(text, text.hasPrefix("#") ? theme.strong : theme.normal, width: width, indent: 2)
            }
        }
        while lines.last == .blank { lines.removeLast() }
        return lines
    }

    static func draw(_ report: ReportScreen, markdown: String, body: Rect, context: RenderContext, grid: inout Grid) {
        grid.fill(body)
        let version = report.audience == .public ? "public" : "internal"
        let other = report.audience == .public ? "internal" : "public"
        grid.box(body, title: "Report (\(version)): \(KeyHint.key(.toggleReportAudience)) \(other), \(KeyHint.key(.writeReportFile)) save, \(KeyHint.key(.closeReport).split(separator: "/").first ?? "Esc") closes", style: context.theme.focusBorder,
                 titleStyle: context.theme.focusTitle, glyphs: context.glyphs)
        let lines = lines(markdown, width: PaneFrame.content(of: body).width, context: context)
        let top = PaneFrame.drawLines(lines, offset: report.scroll, in: body, grid: &grid)
        let height = PaneFrame.content(of: body).height
        if top + height < lines.count {
            PaneFrame.borderNote("\(context.glyphs.arrowDown) \(lines.count - top - height) more lines (j/k, PgDn, G)", in: body,
                                 style: context.theme.dim, grid: &grid, context: context)
        } else if top > 0 {
            PaneFrame.borderNote("\(context.glyphs.arrowUp) end (g: top)", in: body, style: context.theme.dim, grid: &grid, context: context)
        }
    }
}
