/// The last line: the keys that work now, from the key table, what is due first; resolve (when it works), quit and
/// help keep their place at the right, however narrow the bar.
import ScreenGrid

enum KeyBarView {
    /// One entry as drawn: its binding, the column it starts at and how many columns it takes.
    struct Placement {
        let binding: KeyBinding
        let x: Int
        let width: Int

        func contains(column: Int) -> Bool { column >= x && column < x + width }
    }

    /// The entries kept at the right end, in this order, whenever they work.
    static let pinned: [ConsoleAction] = [.resolve, .quit, .help]

    /// Where each entry goes on a bar `width` columns wide: the pinned ones at the right edge, the others left to
    /// right while they fit. Drawing and clicking both use it, so a click lands on the entry drawn under it.
    static func placements(_ entries: [KeyBinding], width: Int) -> [Placement] {
        let right = pinned.compactMap { action in entries.first { $0.action == action } }
        var placements: [Placement] = []
        var start = width - 1 - right.map(entryWidth).reduce(0, +) - 2 * max(0, right.count - 1)
        // Too narrow for all of them: the leftmost pinned ones give way first (help stays).
        var shown = right
        while start < 1, shown.count > 1 {
            shown.removeFirst()
            start = width - 1 - shown.map(entryWidth).reduce(0, +) - 2 * max(0, shown.count - 1)
        }
        let limit = start - 2
        var x = 1
        for entry in entries where !right.contains(where: { $0.action == entry.action }) {
            let entryWidth = entryWidth(entry)
            guard x + entryWidth <= limit else { break }
            placements.append(Placement(binding: entry, x: x, width: entryWidth))
            x += entryWidth + 2
        }
        var rightX = max(1, start)
        for entry in shown {
            placements.append(Placement(binding: entry, x: rightX, width: entryWidth(entry)))
            rightX += entryWidth(entry) + 2
        }
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
