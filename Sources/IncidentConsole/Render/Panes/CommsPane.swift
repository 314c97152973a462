/// The Comms pane: a large countdown to the next tenant update and the first comms steps; after resolution, the post-incident checklist.
import IncidentCore
import ScreenGrid

enum CommsPane {
    static func lines(_ state: IncidentState, width: Int, height: Int, context: RenderContext) -> [StyledLine] {
        let clock = CommsClock(state: state, playbook: context.playbook, now: context.now)
        let checklist = Checklist(state: state, playbook: context.playbook, now: context.now)
        if state.phase == .resolved || state.phase == .closed {
            return postIncident(state, clock: clock, checklist: checklist, width: width, context: context)
        }
        let pendingSteps = checklist.stage(.comms).filter { $0.status != .done }
        let others = 3 + (clock.isSnoozed ? 1 : 0) + pendingSteps.count
        // A short pane keeps the digits: first by saying "OVERDUE" in the headline rather than on a line of its own,
        // then, once overdue, by putting the last update below the steps (where the pane scrolls to it).
        let compact = 3
        let merged = height - others < compact && context.unicode
        let lastBelow = merged && clock.isOverdue && height - others + 1 < compact
        let spare = height - others + (merged ? 1 : 0) + (lastBelow ? 1 : 0)
        var lines = countdown(clock, width: width, spareRows: spare, merged: merged, context: context)
        if !lastBelow { lines += lastUpdate(state, width: width, context: context) }
        for item in pendingSteps {
            lines += RolesPane.stepLines(item, width: width, context: context)
        }
        if lastBelow { lines += lastUpdate(state, width: width, context: context) }
        return lines
    }

    /// Headline, digits (big when there is room), the overdue or due-in line, the snooze mark; `merged`: the overdue
    /// word in the headline and no due-in line, so the digits fit a short pane.
    static func countdown(_ clock: CommsClock, width: Int, spareRows: Int, merged: Bool = false, context: RenderContext) -> [StyledLine] {
        let theme = context.theme
        guard let remaining = clock.remaining, let dueAt = clock.dueAt else {
            return [StyledLine("No tenant update pending.", theme.dim)]
        }
        let style: Style = switch clock.urgency {
        case .overdue: theme.danger
        case .soon, .dueNow: theme.warn
        default: theme.ok
        }
        let what = clock.phase == .awaitingFirstUpdate ? "First tenant update" : clock.phase == .finalUpdateDue ? "Final \"resolved\" update" : "Tenant update"
        var headline = StyledLine("\(what) due \(clock.isDueNow ? "now" : context.local.hourMinute(dueAt))", clock.isDueNow ? theme.warn : theme.strong)
        if clock.promised { headline.add(" (promised)", theme.warn) }
        // Due now (inside the playbook's grace minutes): the digits count down to when it turns overdue, in amber.
        let digits = ClockFormat.countdown(clock.graceRemaining ?? remaining)
        let status = clock.isOverdue ? "OVERDUE by \(digits)"
            : clock.isDueNow ? "due now, overdue in \(digits)" : "due in \(digits)"
        // The rows left after the other lines (headline, status, snooze, last update, steps) decide the digits' size.
        let size: BigDigits.Size? = spareRows >= 5 ? .tall : (spareRows >= 3 && context.unicode ? .compact : nil)
        // Short of room, the digits stand for the status line: the headline then carries the word that matters.
        let merged = merged && size != nil
        if merged, clock.isOverdue { headline = StyledLine([Span(text: what + " ", style: theme.strong), Span(text: "OVERDUE", style: theme.alarm)]) }
        var lines = [headline]
        let pixelHeight = spareRows >= 10 ? 2 : 1
        // The widest digits that fit, up to four columns a pixel (doubled height reads best a little wider).
        if let size, let pixelWidth = (1...(pixelHeight == 2 ? 4 : 2)).reversed().first(where: { BigDigits.width(of: digits, pixelWidth: $0) <= width }) {
            lines += BigDigits.rows(digits, size: size, pixelWidth: pixelWidth, pixelHeight: size == .tall ? pixelHeight : 1,
                                    unicode: context.unicode).map { StyledLine($0, style) }
        }
        if !merged || lines.count == 1 { lines.append(StyledLine(status, clock.isOverdue ? theme.alarm : style)) }
        if let until = clock.snoozedUntil {
            lines.append(StyledLine("Reminder snoozed until \(context.local.hourMinute(until))", theme.warn))
        }
        return lines
    }

    private static func lastUpdate(_ state: IncidentState, width: Int, context: RenderContext) -> [StyledLine] {
        guard let last = state.comms.lastTenantUpdate ?? state.comms.lastMessage else {
            return [StyledLine("No update sent yet.", context.theme.dim)]
        }
        let text = "Last: \(context.local.hourMinute(last.at)) by \(last.by.name), \(last.message.channel.rawValue)"
        return context.wrapped(text, context.theme.dim, width: width, indent: 2)
    }

    private static func postIncident(_ state: IncidentState, clock: CommsClock, checklist: Checklist, width: Int,
                                     context: RenderContext) -> [StyledLine] {
        let theme = context.theme
        var lines: [StyledLine] = []
        if let resolution = state.resolution {
            let took = formatDuration(resolution.at.seconds(since: state.declaredAt ?? resolution.at))
            lines += context.wrapped("Resolved \(context.local.dayMonthTime(resolution.at)) after \(took)", theme.ok, width: width)
        }
        if state.phase == .closed { lines.append(StyledLine("Closed.", theme.strong)) }
        if clock.isRunning, let remaining = clock.remaining, clock.isOverdue {
            lines.append(StyledLine("Final update OVERDUE by \(ClockFormat.countdown(remaining))", theme.alarm))
        }
        if clock.isRunning, let left = clock.graceRemaining {
            lines.append(StyledLine("Final update due now, overdue in \(ClockFormat.countdown(left))", theme.warn))
        }
        lines.append(StyledLine("After the incident:", theme.strong))
        for var item in checklist.stage(.afterResolution) {
            var suffix = ""
            if item.id == StepID.holdReview, let due = item.dueAt {
                suffix = " by \(context.local.dayMonth(due))"
                if let scheduled = state.post.reviewScheduledFor { suffix += " (booked \(context.local.dayMonthTime(scheduled)))" }
            }
            if item.id == StepID.publishReport, let reason = state.post.withheldReason { suffix = " (withheld: \(reason))" }
            item.title = shortTitles[item.id] ?? item.title
            lines += RolesPane.stepLines(item, width: width, context: context, suffix: context.clean(suffix))
        }
        return lines
    }

    /// The standard after-resolution steps, short enough for one line of the pane.
    private static let shortTitles = [
        StepID.finalTenantUpdate: "Final \"resolved\" tenant update",
        StepID.statusPageOperational: "Status page shows operational",
        StepID.writeReport: "Incident report written",
        StepID.holdReview: "No-blame review",
        StepID.publishReport: "Report published",
    ]
}
