/// Carries out the key table's actions: dialogs, help, focus, quitting, search jumps.
import IncidentCore
import ScreenGrid

extension ConsoleModel {
    mutating func run(_ action: ConsoleAction, key: KeyEvent, snapshot: ConsoleSnapshot) -> [ConsoleEffect] {
        let context = FlowContext(snapshot)
        switch action {
        case let .log(kind): start(LogFlow(kind: kind), context)
        case .declare: start(DeclareFlow(), context)
        case .comms: start(CommsFlow(), context)
        case .roles: start(RoleFlow(), context)
        case .escalate: start(EscalationFlow(context), context)
        case .statuspageStatus: start(StatusFlow(), context)
        case .suspectBreach: start(SecurityFlow(), context)
        case .resolve: start(ResolveFlow(), context)
        case .snooze: start(SnoozeFlow(), context)
        case .stepDone: start(StepDoneFlow(context), context)
        case .correctEntry: start(AmendFlow(.correct, context, preferring: search?.currentID), context)
        case .strikeEntry: start(AmendFlow(.strike, context, preferring: search?.currentID), context)
        case .markKeyTime: start(KeyTimeFlow(), context)
        case .writeReportText: start(ReportTextFlow(), context)
        case .postIncident: start(PostIncidentFlow(context), context)
        case .downgrade: start(DowngradeFlow(context), context)
        case .openReport:
            report = ReportScreen()
            suppliersScroll = nil
        case .openSuppliers: suppliersScroll = 0
        case .closeSuppliers: suppliersScroll = nil
        case .recordSupplierContact: start(SupplierFlow(context), context)
        case .closeReport: report = nil
        case .toggleReportAudience:
            guard var shown = report else { return [] }
            shown.audience = shown.audience == .public ? .internal : .public
            shown.scroll = 0
            report = shown
        case .writeReportFile:
            guard let report else { return [] }
            start(ReportFileFlow(path: report.defaultPath(snapshot), contents: report.markdown(snapshot),
                                 audience: report.audience.rawValue), context)
        case .search: start(SearchFlow(previous: search?.query ?? ""), context)
        case .commandLine: start(CommandLineFlow(), context)
        case .nextMatch: jumpToMatch(forward: true, snapshot: snapshot)
        case .previousMatch: jumpToMatch(forward: false, snapshot: snapshot)
        case .clearSearch: search = nil
        case .help:
            showingHelp = true
            helpScroll = 0
        case .closeHelp: showingHelp = false
        case .quit: return [.quit]
        case .redraw: return [.redraw]
        case .openSelected:
            let incidents = snapshot.openIncidents
            guard !incidents.isEmpty else { return [] }
            return [.open(incidents[pickerIndex(snapshot)].id)]
        case .leaveIncident:
            // The next incident starts as this one did: newest entries in view, no search, the timeline focused.
            focus = .timeline
            timelineScroll = .following
            search = nil
            report = nil
            suppliersScroll = nil
            pickerSelectedID = snapshot.incident?.id
            return [.leaveIncident]
        case .focusNext: focus = focus.next
        case .focusPrevious: focus = focus.previous
        case let .focus(pane): focus = pane
        case .scrollDown: scroll(.lines(1), snapshot: snapshot)
        case .scrollUp: scroll(.lines(-1), snapshot: snapshot)
        case .pageDown: scroll(.pages(1), snapshot: snapshot)
        case .pageUp: scroll(.pages(-1), snapshot: snapshot)
        case .scrollTop: scroll(.top, snapshot: snapshot)
        case .scrollBottom: scroll(.bottom, snapshot: snapshot)
        case .complete: completeCommandLine(snapshot: snapshot)
        case .historyEarlier: recallCommandLine(earlier: true)
        case .historyLater: recallCommandLine(earlier: false)
        case .accept, .cancel, .selectNext, .selectPrevious, .selectNumber, .toggle, .yes, .no, .editWhen,
             .cursorLeft, .cursorRight, .cursorHome, .cursorEnd, .deleteBackward, .deleteForward, .clearText, .deleteWord:
            return runPrompt(action, key: key, snapshot: snapshot)
        }
        return []
    }

    /// Starts a search: matches are highlighted and the newest one is brought into view.
    mutating func startSearch(_ query: String, snapshot: ConsoleSnapshot) {
        search = SearchState(query: query)
        guard let state = snapshot.incident else { return }
        if search?.matches(in: state).isEmpty ?? true {
            message = ConsoleMessage("No entry matches \"\(query)\"; new entries that match will be highlighted.", kind: .info)
            return
        }
        jumpToMatch(forward: true, snapshot: snapshot)
    }

    mutating func jumpToMatch(forward: Bool, snapshot: ConsoleSnapshot) {
        guard let state = snapshot.incident, let current = search, let target = current.step(forward: forward, in: state) else { return }
        search?.currentID = state.timeline[target].id
        focus = .timeline
        guard let geometry = timelineGeometry(snapshot) else { return }
        guard let row = geometry.rows.firstIndex(where: { $0.itemIndex == target }) else { return }
        // Keep the match a few rows below the top so what led up to it shows too.
        let top = min(max(0, row - 2), max(0, geometry.rows.count - geometry.height))
        timelineScroll = TimelineViewport.scroll(toTop: top, rows: geometry.rows, state: state, height: geometry.height,
                                                 current: timelineScroll)
    }
}
