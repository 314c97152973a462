/// The message area above the key bar: the last outcome (a refusal in full, in red) until the next key.
import ScreenGrid

enum MessageView {
    /// Up to three rows, growing upwards over the panes, so a refusal's what, why and instead all show.
    static func draw(_ message: ConsoleMessage, bottomRow: Int, width: Int, context: RenderContext, grid: inout Grid) {
        let style = switch message.kind {
        case .error: context.theme.danger
        case .success: context.theme.ok
        case .info: context.theme.normal
        }
        let lines = Array(TextWrap.wrap(context.clean(message.text), width: max(1, width - 2)).prefix(3))
        for (index, line) in lines.enumerated() {
            let row = bottomRow - (lines.count - 1) + index
            grid.fill(Rect(x: 0, y: row, width: width, height: 1))
            grid.put(" " + line, x: 0, y: row, style: style)
        }
    }
}
