/// Scrolling: the timeline (with follow mode), the other panes, the help overlay and the incident picker.
import IncidentCore
import ScreenGrid

enum ScrollAmount {
    case lines(Int), pages(Int), top, bottom
}

extension ConsoleModel {
    mutating func scroll(_ amount: ScrollAmount, snapshot: ConsoleSnapshot) {
        if showingHelp {
            let context = RenderContext(snapshot)
            let body = ScreenLayout(snapshot, context: context).body
            let lines = HelpView.lines(keyTable, in: screenKeyContext(for: snapshot), width: PaneFrame.content(of: body).width,
                                       context: context)
            let height = PaneFrame.content(of: body).height
            helpScroll = Self.moved(helpScroll, by: amount, height: height, limit: max(0, lines.count - height))
            return
        }
        if let report, snapshot.incident != nil {
            let context = RenderContext(snapshot)
            let body = ScreenLayout(snapshot, context: context).body
            let lines = ReportView.lines(report.markdown(snapshot), width: PaneFrame.content(of: body).width, context: context)
            let height = PaneFrame.content(of: body).height
            self.report?.scroll = Self.moved(report.scroll, by: amount, height: height, limit: max(0, lines.count - height))
            return
        }
        if let shown = suppliersScroll, let state = snapshot.incident {
            let context = RenderContext(snapshot)
            let body = ScreenLayout(snapshot, context: context).body
            let lines = SuppliersScreen.lines(state, width: PaneFrame.content(of: body).width, context: context)
            let height = PaneFrame.content(of: body).height
            suppliersScroll = Self.moved(shown, by: amount, height: height, limit: max(0, lines.count - height))
            return
        }
        switch ConsoleScreen(snapshot) {
        case .welcome:
            return
        case .picker:
            let incidents = snapshot.openIncidents
            guard !incidents.isEmpty else { return }
            let index = Self.moved(pickerIndex(snapshot), by: amount, height: 10, limit: incidents.count - 1)
            pickerSelectedID = incidents[index].id
        case .incident:
            focus == .timeline ? scrollTimeline(amount, snapshot: snapshot) : scrollPane(amount, snapshot: snapshot)
        }
    }

    /// Where the selected incident is in the list now; the first when it is gone or none was chosen.
    public func pickerIndex(_ snapshot: ConsoleSnapshot) -> Int {
        pickerSelectedID.flatMap { id in snapshot.openIncidents.firstIndex { $0.id == id } } ?? 0
    }

    /// The timeline's rows at the pane's width, and the pane's content height. Laid out as the frame lays them out (the
    /// search only restyles rows), so the render cache's rows serve both.
    func timelineGeometry(_ snapshot: ConsoleSnapshot) -> (rows: [TimelineRow], height: Int)? {
        guard let state = snapshot.incident else { return nil }
        let context = RenderContext(snapshot)
        guard let rect = ScreenLayout(snapshot, context: context).panes[.timeline] else { return nil }
        let content = PaneFrame.content(of: rect)
        return (TimelineLayout.rows(state, width: content.width, context: context, search: search,
                                    cache: snapshot.renderCache?.timelineRows), content.height)
    }

    private mutating func scrollTimeline(_ amount: ScrollAmount, snapshot: ConsoleSnapshot) {
        guard let state = snapshot.incident, let geometry = timelineGeometry(snapshot) else { return }
        if case .bottom = amount {
            timelineScroll = .following
            return
        }
        let viewport = TimelineViewport(rows: geometry.rows, state: state, height: geometry.height, scroll: timelineScroll)
        let top = Self.moved(viewport.top, by: amount, height: geometry.height, limit: viewport.maxTop)
        guard top != viewport.top else { return }
        timelineScroll = TimelineViewport.scroll(toTop: top, rows: geometry.rows, state: state, height: geometry.height,
                                                 current: timelineScroll)
    }

    private mutating func scrollPane(_ amount: ScrollAmount, snapshot: ConsoleSnapshot) {
        guard let state = snapshot.incident else { return }
        let context = RenderContext(snapshot)
        guard let rect = ScreenLayout(snapshot, context: context).panes[focus] else { return }
        let content = PaneFrame.content(of: rect)
        let count = PaneContent.lines(focus, state: state, content: content, context: context).count
        let current = min(paneScroll[focus] ?? 0, max(0, count - content.height))
        paneScroll[focus] = Self.moved(current, by: amount, height: content.height, limit: max(0, count - content.height))
    }

    static func moved(_ position: Int, by amount: ScrollAmount, height: Int, limit: Int) -> Int {
        let target = switch amount {
        case let .lines(count): position + count
        case let .pages(count): position + count * max(1, height - 1)
        case .top: 0
        case .bottom: limit
        }
        return min(max(0, target), limit)
    }
}
