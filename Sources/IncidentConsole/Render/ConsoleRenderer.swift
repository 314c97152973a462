/// Draws the whole screen for a model and a snapshot, and says where the text cursor goes.
import IncidentCore
import ScreenGrid

public enum ConsoleRenderer {
    public static func render(_ model: ConsoleModel, _ snapshot: ConsoleSnapshot) -> Grid {
        render(model, snapshot, cache: nil)
    }

    /// The same grid as `render(model, snapshot)`, drawing only what changed since the frame last drawn with `cache`.
    public static func render(_ model: ConsoleModel, _ snapshot: ConsoleSnapshot, cache: RenderCache?) -> Grid {
        let context = RenderContext(snapshot, memo: cache?.texts)
        let layout = ScreenLayout(snapshot, context: context)
        guard layout.fitsMinimum else {
            cache?.forgetScreen()
            var grid = Grid(size: snapshot.size)
            TooSmallView.draw(size: snapshot.size, context: context, grid: &grid)
            return grid
        }
        var grid: Grid
        switch ConsoleScreen(snapshot) {
        case .welcome:
            cache?.forgetScreen()
            grid = Grid(size: snapshot.size)
            StartScreens.header(width: layout.size.width, context: context, grid: &grid)
            StartScreens.welcome(snapshot, body: layout.body, context: context, grid: &grid)
        case .picker:
            cache?.forgetScreen()
            grid = Grid(size: snapshot.size)
            StartScreens.header(width: layout.size.width, context: context, grid: &grid)
            StartScreens.picker(snapshot, selection: model.pickerIndex(snapshot), body: layout.body, context: context, grid: &grid)
        case .incident:
            grid = cache?.takeBase(size: snapshot.size) ?? Grid(size: snapshot.size)
            if let state = snapshot.incident {
                let othersOpen = snapshot.openIncidents.filter { $0.id != state.id }.count
                IncidentScreen.draw(state, model: model, layout: layout, othersOpen: othersOpen, banner: BannerView.text(state, context: context),
                                    context: context, grid: &grid, cache: cache)
            }
            cache?.base = grid
        }
        drawOverlays(model, snapshot, layout: layout, context: context, grid: &grid)
        return grid
    }

    /// Help, the open prompt, the message line and the key bar, over the screen.
    private static func drawOverlays(_ model: ConsoleModel, _ snapshot: ConsoleSnapshot, layout: ScreenLayout, context: RenderContext,
                                     grid: inout Grid) {
        if let report = model.report, snapshot.incident != nil {
            ReportView.draw(report, markdown: report.markdown(snapshot), body: layout.body, context: context, grid: &grid)
        }
        if let scroll = model.suppliersScroll, let state = snapshot.incident {
            SuppliersScreen.draw(state, scroll: scroll, body: layout.body, context: context, grid: &grid)
        }
        if model.showingHelp {
            let lines = HelpView.lines(model.keyTable, in: model.screenKeyContext(for: snapshot),
                                       width: PaneFrame.content(of: layout.body).width, context: context)
            HelpView.draw(lines, scroll: model.helpScroll, body: layout.body, context: context, grid: &grid)
        }
        if let dialog = model.dialog {
            PromptView.draw(PromptView.layout(dialog, when: whenReading(dialog, snapshot), body: layout.body, context: context), title: dialog.question.title,
                            context: context, grid: &grid)
        }
        if snapshot.saving {
            MessageView.draw(ConsoleMessage("Saving...", kind: .info), bottomRow: layout.messageRow, width: layout.size.width,
                             context: context, grid: &grid)
        } else if let message = model.message {
            MessageView.draw(message, bottomRow: layout.messageRow, width: layout.size.width, context: context, grid: &grid)
        }
        KeyBarView.draw(model.keyTable.barEntries(in: model.keyContext(for: snapshot)), row: layout.keyBarRow,
                        width: layout.size.width, context: context, grid: &grid)
    }

    /// Where the terminal should show its cursor: in the open text prompt, else nowhere.
    public static func cursor(_ model: ConsoleModel, _ snapshot: ConsoleSnapshot) -> Point? {
        guard let dialog = model.dialog, dialog.activeField != nil else { return nil }
        let context = RenderContext(snapshot)
        let layout = ScreenLayout(snapshot, context: context)
        guard layout.fitsMinimum else { return nil }
        return PromptView.layout(dialog, when: whenReading(dialog, snapshot), body: layout.body, context: context).cursor
    }

    /// How the dialog's "when" field reads, or nil when the dialog records nothing that could have happened earlier.
    private static func whenReading(_ dialog: Dialog, _ snapshot: ConsoleSnapshot) -> String? {
        guard dialog.flow.takesWhen else { return nil }
        let text = dialog.when.text
        let reading = WhenField.reading(text, FlowContext(snapshot))
        return dialog.editingWhen || text.trimmingCharacters(in: .whitespaces).isEmpty ? reading : "\(text) = \(reading)"
    }
}
