/// The last line: the keys that work now, from the key table; "? help" keeps its place at the right.
import ScreenGrid

enum KeyBarView {
    /// One entry as drawn: its binding, the column it starts at and how many columns it takes.
    struct Placement {
        let binding: KeyBinding
        let x: Int
        let width: Int

        func contains(column: Int) -> Bool { column >= x && column < x + width }
    }

    /// Where each entry goes on a bar `width` columns wide: left to right while they fit, help at the right edge.
    /// Drawing and clicking both use it, so a click lands on the entry drawn under it.
    static func placements(_ entries: [KeyBinding], width: Int) -> [Placement] {
        let help = entries.first { $0.action == .help }
        let helpWidth = help.map { entryWidth($0) + 1 } ?? 0
        let limit = width - helpWidth - 1
        var placements: [Placement] = []
        var x = 1
        for entry in entries where entry.action != .help {
            let entryWidth = entryWidth(entry)
            guard x + entryWidth <= limit else { break }
            placements.append(Placement(binding: entry, x: x, width: entryWidth))
            x += entryWidth + 2
        }
        if let help { placements.append(Placement(binding: help, x: width - helpWidth, width: helpWidth - 1)) }
        return placements
    }

    static func draw(_ entries: [KeyBinding], row: Int, width: Int, context: RenderContext, grid: inout Grid) {
        for placement in placements(entries, width: width) {
            let used = grid.put(context.clean(placement.binding.barKeyLabel), x: placement.x, y: row, style: context.theme.keyHint)
            grid.put(" " + context.clean(placement.binding.label), x: placement.x + used, y: row, style: context.theme.dim)
        }
    }

    private static func entryWidth(_ entry: KeyBinding) -> Int {
        TextWidth.of(entry.barKeyLabel) + 1 + TextWidth.of(entry.label)
    }
}
