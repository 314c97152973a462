/// Draws the whole screen for a model and a snapshot, and says where the text cursor goes.
import IncidentCore
import ScreenGrid

public enum ConsoleRenderer {
    public static func render(_ model: ConsoleModel, _ snapshot: ConsoleSnapshot) -> Grid {
        var grid = Grid(size: snapshot.size)
        let context = RenderContext(snapshot)
        let layout = ScreenLayout(snapshot, context: context)
        guard layout.fitsMinimum else {
            TooSmallView.draw(size: snapshot.size, context: context, grid: &grid)
            return grid
        }
        switch ConsoleScreen(snapshot) {
        case .welcome:
            StartScreens.header(width: layout.size.width, context: context, grid: &grid)
            StartScreens.welcome(snapshot, body: layout.body, context: context, grid: &grid)
        case .picker:
            StartScreens.header(width: layout.size.width, context: context, grid: &grid)
            StartScreens.picker(snapshot, selection: model.pickerIndex(snapshot), body: layout.body, context: context, grid: &grid)
        case .incident:
            if let state = snapshot.incident {
                let othersOpen = snapshot.openIncidents.filter { $0.id != state.id }.count
                IncidentScreen.draw(state, model: model, layout: layout, othersOpen: othersOpen, banner: BannerView.text(state, context: context),
                                    context: context, grid: &grid)
            }
        }
        if model.showingHelp {
            let lines = HelpView.lines(model.keyTable, in: model.screenKeyContext(for: snapshot),
                                       width: PaneFrame.content(of: layout.body).width, context: context)
            HelpView.draw(lines, scroll: model.helpScroll, body: layout.body, context: context, grid: &grid)
        }
        if let dialog = model.dialog {
            PromptView.draw(PromptView.layout(dialog, body: layout.body, context: context), title: dialog.question.title,
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
        return grid
    }

    /// Where the terminal should show its cursor: in the open text prompt, else nowhere.
    public static func cursor(_ model: ConsoleModel, _ snapshot: ConsoleSnapshot) -> Point? {
        guard let dialog = model.dialog, case .text = dialog.question.input else { return nil }
        let context = RenderContext(snapshot)
        let layout = ScreenLayout(snapshot, context: context)
        guard layout.fitsMinimum else { return nil }
        return PromptView.layout(dialog, body: layout.body, context: context).cursor
    }
}
