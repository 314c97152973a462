/// The message area above the key bar: the last outcome (a refusal in full, in red) until the next key.
import ScreenGrid

enum MessageView {
    /// A refusal or failure takes up to three rows, growing upwards over the panes, so its what, why and instead
    /// all show. Anything else is one row, cut with an ellipsis, so it never hides the entry just saved.
    static func draw(_ message: ConsoleMessage, bottomRow: Int, width: Int, context: RenderContext, grid: inout Grid) {
        let style = switch message.kind {
        case .error: context.theme.danger
        case .success: context.theme.ok
        case .info: context.theme.normal
        }
        let rows = message.kind == .error ? 3 : 1
        let wrapped = context.wrap(context.clean(message.text), width: max(1, width - 2))
        var lines = Array(wrapped.prefix(rows))
        if wrapped.count > rows, let last = lines.popLast() {
            // With the next row's text appended the line is too long, so it is cut and ends with the ellipsis.
            lines.append(TextWidth.truncate(last + " " + wrapped[rows], toWidth: max(1, width - 2), ellipsis: context.glyphs.ellipsis))
        }
        for (index, line) in lines.enumerated() {
            let row = bottomRow - (lines.count - 1) + index
            grid.fill(Rect(x: 0, y: row, width: width, height: 1))
            grid.put(" " + line, x: 0, y: row, style: style)
        }
    }
}
