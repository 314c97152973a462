/// The screens without an incident: welcome (declare with n, recent incidents) and the picker of open incidents.
import IncidentCore
import ScreenGrid

enum StartScreens {
    static func header(width: Int, context: RenderContext, grid: inout Grid) {
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: context.theme.header)
        let clocks = HeaderView.clockText(context, seconds: true)
        let room = max(0, width - TextWidth.of(clocks) - 1)
        // Who is at the keyboard, and the store when it is not the default (its path's end, where the name is): a
        // second responder on another store would otherwise declare the same incident twice. The playbook's name
        // gives way to it; the welcome screen shows the name too.
        var left = " Incident Console \(context.middot) \(context.clean(context.actor.name))"
        if let store = context.store {
            let label = " \(context.middot) store: "
            let pathRoom = max(8, room - TextWidth.of(left) - TextWidth.of(label))
            let path = context.clean(store)
            let shown = TextWidth.of(path) <= pathRoom ? path
                : context.glyphs.ellipsis + String(path.suffix(max(1, pathRoom - TextWidth.of(context.glyphs.ellipsis))))
            let x = grid.put(left, x: 0, y: 0, style: context.theme.header, maxWidth: room)
            grid.put(label + shown, x: x, y: 0, style: context.storeIsNew ? context.theme.warn : context.theme.header, maxWidth: max(0, room - x))
        } else {
            left += " \(context.middot) " + context.clean(context.playbook.name)
            grid.put(left, x: 0, y: 0, style: context.theme.header, maxWidth: room)
        }
        grid.put(context.clean(clocks), x: max(0, width - TextWidth.of(clocks)), y: 0, style: context.theme.header)
    }

    static func welcome(_ snapshot: ConsoleSnapshot, body: Rect, context: RenderContext, grid: inout Grid) {
        let theme = context.theme
        var lines: [StyledLine] = [
            StyledLine("INCIDENT CONSOLE", theme.strong),
            StyledLine(context.clean(context.playbook.name), theme.dim),
            .blank,
            StyledLine("No open incident", theme.strong),
            StyledLine([Span(text: "Press ", style: theme.normal), Span(text: KeyHint.key(.declare), style: theme.keyHint),
                        Span(text: " to declare one, ", style: theme.normal), Span(text: KeyHint.key(.help), style: theme.keyHint),
                        Span(text: " for help.", style: theme.normal)]),
        ]
        if context.storeIsNew, let store = context.store {
            // A mistyped --store opens a new store: say so before anyone declares a duplicate incident.
            lines += [.blank] + context.wrapped("This store is new and empty: \(store).", theme.warn, width: min(body.width - 8, 90))
                + context.wrapped("If your team's incidents are in another store, quit (\(KeyHint.key(.quit))) and check --store or INCIDENT_STORE.",
                                  theme.warn, width: min(body.width - 8, 90))
        }
        if !snapshot.recentIncidents.isEmpty {
            lines += [.blank, StyledLine("Recent incidents", theme.strong)]
            lines += snapshot.recentIncidents.prefix(8).flatMap { listing(row: $0, width: body.width - 8, context: context) }
        }
        let top = body.y + max(0, (body.height - lines.count) / 3)
        let blockWidth = min(body.width - 4, lines.map(\.width).max() ?? 0)
        let left = body.x + max(2, (body.width - blockWidth) / 2)
        for (index, line) in lines.enumerated() where top + index < body.maxY {
            // Short lines are centred; the incident list keeps one left edge.
            let x = index < 5 ? body.x + max(0, (body.width - line.width) / 2) : left
            grid.draw(line, x: x, y: top + index, width: body.maxX - x)
        }
    }

    static func picker(_ snapshot: ConsoleSnapshot, selection: Int, body: Rect, context: RenderContext, grid: inout Grid) {
        let theme = context.theme
        let incidents = snapshot.openIncidents
        grid.put(" Open incidents (\(incidents.count)): choose one with \(KeyHint.key(.scrollDown).split(separator: "/").first ?? "j")/\(KeyHint.key(.scrollUp).split(separator: "/").first ?? "k") and \(KeyHint.key(.openSelected)), or \(KeyHint.key(.declare)) to declare another.",
                 x: body.x, y: body.y + 1, style: theme.strong, maxWidth: body.width)
        // Narrow screens give each incident two rows, so the title is never cut to a few letters.
        let rowsEach = incidents.allSatisfy { listing(row: $0, width: body.width - 4, context: context).count == 1 } ? 1 : 2
        let visible = max(1, (body.height - 3) / rowsEach)
        let first = min(max(0, selection - visible + 1), max(0, incidents.count - visible))
        for (slot, index) in (first..<min(incidents.count, first + visible)).enumerated() {
            let selected = index == selection
            for (offset, part) in listing(row: incidents[index], width: body.width - 4, context: context).enumerated() {
                let marker = selected && offset == 0 ? " " + context.glyphs.selection + " " : "   "
                var line = StyledLine(marker, selected ? theme.selection : theme.normal)
                line.spans += part.spans
                if selected { line.spans = line.spans.map { Span(text: $0.text, style: theme.selection) } }
                grid.draw(line, x: body.x, y: body.y + 3 + slot * rowsEach + offset, width: body.width)
            }
        }
    }

    /// "INC-…  P1  Apps unreachable        active   3 Jul 09:30"; where the title would get under 24 columns, the
    /// phase, time and alarm go on a second row.
    private static func listing(row: IncidentListing, width: Int, context: RenderContext) -> [StyledLine] {
        let theme = context.theme
        let tail = "  \(row.phase.rawValue)  \(context.local.dayMonthTime(row.declaredAt))"
        let alarm = row.alarm.map { "  \(context.glyphs.warning) \($0)" } ?? ""
        let head = "\(context.clean(row.id.rawValue))  \(row.priority.rawValue)  "
        let room = width - TextWidth.of(head) - TextWidth.of(tail) - TextWidth.of(alarm)
        if room >= 24 {
            let title = TextWidth.truncate(context.clean(row.title), toWidth: room, ellipsis: context.glyphs.ellipsis)
            return [StyledLine([Span(text: head, style: theme.dim), Span(text: padded(title, toWidth: room), style: theme.normal),
                                Span(text: alarm, style: theme.danger), Span(text: tail, style: theme.dim)])]
        }
        let title = TextWidth.truncate(context.clean(row.title), toWidth: max(4, width - TextWidth.of(head)), ellipsis: context.glyphs.ellipsis)
        let indent = String(repeating: " ", count: max(0, TextWidth.of(head) - 2))
        return [StyledLine([Span(text: head, style: theme.dim), Span(text: padded(title, toWidth: max(0, width - TextWidth.of(head))), style: theme.normal)]),
                StyledLine([Span(text: indent + String(tail.dropFirst(2)), style: theme.dim), Span(text: alarm, style: theme.danger)])]
    }
}
