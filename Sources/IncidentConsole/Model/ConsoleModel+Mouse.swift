/// The mouse: a click on a key-bar entry runs its key as if typed, a click on a pane focuses it, and the wheel scrolls
/// the pane under the pointer (or the help, report or suppliers view when one is open).
import IncidentCore
import ScreenGrid

extension ConsoleModel {
    /// Lines one wheel step scrolls.
    static let wheelLines = 3

    mutating func mouse(_ event: MouseEvent, snapshot: ConsoleSnapshot) -> [ConsoleEffect] {
        let context = RenderContext(snapshot)
        let layout = ScreenLayout(snapshot, context: context)
        if event.y == layout.keyBarRow {
            guard event.kind == .press, let key = keyBarKey(at: event.x, width: layout.size.width, snapshot: snapshot) else { return [] }
            // Through the key table like a typed key: a disabled key says why, an open dialog gets it.
            return dispatch(key, snapshot: snapshot)
        }
        // A dialog takes its answers from the keyboard; the screen under it stays as it is.
        guard dialog == nil else { return [] }
        switch event.kind {
        case .wheelUp: wheel(.lines(-Self.wheelLines), at: event, layout: layout, snapshot: snapshot)
        case .wheelDown: wheel(.lines(Self.wheelLines), at: event, layout: layout, snapshot: snapshot)
        case .press:
            guard !showingHelp, report == nil, suppliersScroll == nil, ConsoleScreen(snapshot) == .incident,
                  let pane = pane(at: event, layout: layout) else { return [] }
            focus = pane
        }
        return []
    }

    /// The key of the key-bar entry drawn at column `x`, if any.
    func keyBarKey(at x: Int, width: Int, snapshot: ConsoleSnapshot) -> KeyEvent? {
        let entries = keyTable.barEntries(in: keyContext(for: snapshot))
        return KeyBarView.placements(entries, width: width).first { $0.contains(column: x) }?.binding.keys.first
    }

    private func pane(at event: MouseEvent, layout: ScreenLayout) -> Pane? {
        Pane.allCases.first { pane in
            guard let rect = layout.panes[pane] else { return false }
            return event.x >= rect.x && event.x < rect.x + rect.width && event.y >= rect.y && event.y < rect.y + rect.height
        }
    }

    /// Scrolls what the wheel is over: an open overlay, the incident list, or the pane under the pointer (its focus
    /// stays where it was).
    private mutating func wheel(_ amount: ScrollAmount, at event: MouseEvent, layout: ScreenLayout, snapshot: ConsoleSnapshot) {
        let overlay = showingHelp || report != nil || suppliersScroll != nil
        guard !overlay, ConsoleScreen(snapshot) == .incident, let pane = pane(at: event, layout: layout) else {
            scroll(amount, snapshot: snapshot)
            return
        }
        let focused = focus
        focus = pane
        scroll(amount, snapshot: snapshot)
        focus = focused
    }
}
