/// The dialog box over the bottom of the panes: question, notes, the input (text, choices, y/n) and where the cursor goes.
import ScreenGrid

enum PromptView {
    struct Layout {
        var rect: Rect
        var lines: [StyledLine]
        var cursor: Point?
    }

    /// `when` is how the dialog's "when" field reads ("now", a time, "not a time yet"), nil when the dialog takes none.
    static func layout(_ dialog: Dialog, when: String?, body: Rect, context: RenderContext) -> Layout {
        let theme = context.theme
        let question = dialog.question
        let width = max(10, body.width - 3)
        var lines = context.wrapped(question.prompt, theme.strong, width: width)
        for note in question.notes {
            lines += context.wrapped(note, question.notesWarn ? theme.warn : theme.dim, width: width)
        }
        var cursor: (row: Int, column: Int)?
        switch question.input {
        case let .text(field):
            let layout = TextFieldLayout(field, width: width - 2) { context.clean(String($0)) }
            let visible = field.multiline ? 6 : 3
            let first = max(0, min(layout.cursorRow - visible + 1, layout.rows.count - visible))
            let shown = Array(layout.rows[first..<min(layout.rows.count, first + visible)])
            for (index, row) in shown.enumerated() {
                lines.append(StyledLine([Span(text: index == 0 && first == 0 ? "> " : "  ", style: theme.keyHint),
                                         Span(text: row, style: theme.normal)]))
            }
            if !dialog.editingWhen { cursor = (lines.count - shown.count + layout.cursorRow - first, 2 + layout.cursorColumn) }
        case let .choice(list):
            lines += choiceLines(list, multi: false, width: width, context: context)
        case let .multiChoice(list):
            lines += choiceLines(list, multi: true, width: width, context: context)
        case let .confirm(defaultYes):
            lines.append(StyledLine(defaultYes ? "y / n   (Enter: yes)" : "y / n   (Enter: no)", theme.keyHint))
        }
        if let when {
            if dialog.editingWhen {
                let label = "When: "
                let layout = TextFieldLayout(dialog.when, width: max(4, width - label.count - 2)) { context.clean(String($0)) }
                let row = layout.rows.last ?? ""
                lines.append(StyledLine([Span(text: label, style: theme.strong), Span(text: row, style: theme.normal)]))
                cursor = (lines.count - 1, label.count + (layout.cursorRow == layout.rows.count - 1 ? layout.cursorColumn : TextWidth.of(row)))
                lines += context.wrapped("= \(when)   (empty: now; 03:10, 15m ago or 2026-11-29T03:10:00Z; Tab or Enter: back)",
                                         theme.dim, width: width)
            } else {
                lines += context.wrapped("When: \(when)   (Tab: earlier)", theme.keyHint, width: width)
            }
        }
        if let error = dialog.error { lines += context.wrapped(error, theme.danger, width: width) }
        let height = min(body.height, lines.count + 2)
        let rect = Rect(x: body.x, y: body.maxY - height, width: body.width, height: height)
        let content = PaneFrame.content(of: rect)
        let point = cursor.flatMap { cursor in
            cursor.row < content.height ? Point(x: content.x + min(cursor.column, content.width - 1), y: content.y + cursor.row) : nil
        }
        return Layout(rect: rect, lines: lines, cursor: point)
    }

    static func draw(_ layout: Layout, title: String, context: RenderContext, grid: inout Grid) {
        grid.fill(layout.rect)
        grid.box(layout.rect, title: context.clean(title), style: context.theme.focusBorder, titleStyle: context.theme.focusTitle,
                 glyphs: context.glyphs)
        PaneFrame.drawLines(layout.lines, offset: 0, in: layout.rect, grid: &grid)
    }

    /// Up to ten options around the selected one; numbered for single choices, ticked boxes for multiple.
    private static func choiceLines(_ list: ChoiceList, multi: Bool, width: Int, context: RenderContext) -> [StyledLine] {
        let theme = context.theme
        let visible = 10
        let first = max(0, min(list.selected - visible + 1, list.options.count - visible))
        var lines: [StyledLine] = []
        for index in first..<min(list.options.count, first + visible) {
            let option = list.options[index]
            let selected = index == list.selected
            let marker = selected ? context.glyphs.selection + " " : "  "
            let tick = multi ? (list.ticked.contains(index) ? "[x] " : "[ ] ") : (index < 9 ? "\(index + 1) " : "  ")
            var line = StyledLine()
            line.add(marker + tick + context.clean(option.label), selected ? theme.selection : theme.normal)
            if let detail = option.detail { line.add("  " + context.clean(detail), selected ? theme.selection : theme.dim) }
            lines.append(line)
        }
        if list.options.count > visible {
            lines.append(StyledLine("  (\(list.options.count) options, Up/Down for more)", theme.dim))
        }
        if multi {
            let ticked = list.tickedInOrder.map { list.options[$0].label }
            lines += context.wrapped("Ticked: " + (ticked.isEmpty ? "none" : ticked.joined(separator: ", ")),
                                     ticked.isEmpty ? theme.warn : theme.ok, width: width)
        }
        return lines
    }
}
