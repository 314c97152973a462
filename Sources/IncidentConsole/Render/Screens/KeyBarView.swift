/// The last line: the keys that work now, from the key table; "? help" keeps its place at the right.
import ScreenGrid

enum KeyBarView {
    static func draw(_ entries: [KeyBinding], row: Int, width: Int, context: RenderContext, grid: inout Grid) {
        let help = entries.first { $0.action == .help }
        let helpWidth = help.map { TextWidth.of($0.barKeyLabel + " " + $0.label) + 1 } ?? 0
        let limit = width - helpWidth - 1
        var x = 1
        for entry in entries where entry.action != .help {
            let entryWidth = TextWidth.of(entry.barKeyLabel) + 1 + TextWidth.of(entry.label)
            guard x + entryWidth <= limit else { break }
            x += grid.put(context.clean(entry.barKeyLabel), x: x, y: row, style: context.theme.keyHint)
            x += grid.put(" " + context.clean(entry.label), x: x, y: row, style: context.theme.dim)
            x += 2
        }
        if let help {
            let start = width - helpWidth
            let used = grid.put(context.clean(help.barKeyLabel), x: start, y: row, style: context.theme.keyHint)
            grid.put(" " + context.clean(help.label), x: start + used, y: row, style: context.theme.dim)
        }
    }
}
