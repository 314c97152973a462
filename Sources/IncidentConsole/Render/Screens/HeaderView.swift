/// The two header rows: priority, SECURITY flag, in or out of hours, title, other open incidents, offline since, who you are, id and
/// phase; Statuspage status, the start-work clock (or time since declared), UTC and local clocks.
import Foundation
import IncidentCore
import ScreenGrid

enum HeaderView {
    /// `othersOpen`: other incidents open in the store, marked so a second outage is not missed while this one is on screen.
    static func draw(_ state: IncidentState, othersOpen: Int = 0, width: Int, context: RenderContext, grid: inout Grid) {
        let theme = context.theme
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: theme.header)
        let offline = context.offlineSince.map { " offline since \(context.local.hourMinute($0)) " } ?? ""
        let others = (othersOpen > 0 ? " +\(othersOpen) open (\(KeyHint.key(.leaveIncident))) " : "") + offline
        let store = context.storeShortName.map { " @ " + context.clean($0) } ?? ""
        let right = " \(context.clean(context.actor.name))\(store) \(context.middot) \(context.clean(state.id?.rawValue ?? ""))  \(state.phase.rawValue.uppercased()) "
        let rightWidth = TextWidth.of(right) + TextWidth.of(others)
        var x = grid.put(" \(state.priority.rawValue) ", x: 0, y: 0, style: theme.header)
        if state.securitySensitive {
            x += grid.put(" SECURITY ", x: x, y: 0, style: theme.security)
        }
        // Out of hours changes who may do comms and how soon work must start: it stands out.
        let hours = HoursView(playbook: context.playbook, now: context.now)
        x += grid.put(" \(hours.label) ", x: x, y: 0, style: hours.inHours ? theme.header : theme.warn)
        let room = max(0, width - x - rightWidth - 1)
        grid.put(" " + TextWidth.truncate(context.clean(state.title), toWidth: max(0, room - 1), ellipsis: context.glyphs.ellipsis),
                 x: x, y: 0, style: theme.header, maxWidth: room)
        if !others.isEmpty { grid.put(others, x: max(0, width - rightWidth), y: 0, style: theme.warn) }
        // Offline is the louder of the two: what is recorded now reaches nobody else yet.
        if !offline.isEmpty { grid.put(offline, x: max(0, width - TextWidth.of(right) - TextWidth.of(offline)), y: 0, style: theme.alarm) }
        grid.put(right, x: max(0, width - TextWidth.of(right)), y: 0, style: theme.header)

        // Narrow screens drop the seconds, then say "up 1h 05m" instead of when it was declared (and the start-work
        // clock drops its due time).
        let variants = [(true, 0), (false, 0), (false, 1), (false, 2)]
        let startWork = StartWorkClock(state: state, playbook: context.playbook, now: context.now)
        for (index, (seconds, form)) in variants.enumerated() {
            let line = statusLine(state, startWork: startWork, form: form, context: context)
            let clocks = clockText(context, seconds: seconds)
            guard line.width + TextWidth.of(clocks) + 1 <= width || index == variants.count - 1 else { continue }
            grid.draw(line, x: 0, y: 1, width: max(0, width - TextWidth.of(clocks) - 1))
            grid.put(context.clean(clocks), x: max(0, width - TextWidth.of(clocks)), y: 1, style: theme.strong)
            return
        }
    }

    private static func statusLine(_ state: IncidentState, startWork: StartWorkClock, form: Int, context: RenderContext) -> StyledLine {
        let theme = context.theme
        var line = StyledLine()
        line.add(" Statuspage: ", theme.dim)
        // An update sent without a status still opens the Statuspage incident.
        let statuspage = state.comms.statuspageStatus?.rawValue ?? (state.comms.statuspageOpenedAt == nil ? "no incident yet" : "open, no status set")
        line.add(statuspage, state.comms.statuspageStatus == nil ? theme.warn : theme.strong)
        guard let declared = state.declaredAt else { return line }
        // Until the first action or finding, the start-work clock matters more than how long ago it was declared.
        if startWork.isRunning, let remaining = startWork.remaining {
            line.add(startWorkText(startWork, remaining: remaining, form: form, context: context),
                     startWork.status == .overdue ? theme.alarm : startWork.status == .soon ? theme.warn : theme.normal)
            return line
        }
        let running = ClockFormat.span(context.now.seconds(since: declared))
        if form == 0 {
            line.add("   Declared ", theme.dim)
            line.add(context.local.hourMinute(declared), theme.normal)
            line.add(", \(running) ago", theme.dim)
        } else {
            line.add("   Up ", theme.dim)
            line.add(running, theme.normal)
        }
        return line
    }

    /// "Start work by 09:50: 17:58 left", "Start work by 09:50: OVERDUE by 03:00"; shorter forms drop the due time,
    /// then (once overdue) the time since.
    static func startWorkText(_ clock: StartWorkClock, remaining: TimeInterval, form: Int, context: RenderContext) -> String {
        let by = form == 0 ? clock.dueAt.map { " by \(context.local.hourMinute($0))" } ?? "" : ""
        guard clock.status == .overdue else { return "   Start work\(by): \(ClockFormat.countdown(remaining)) left" }
        return form == 2 ? "   Start work OVERDUE" : "   Start work\(by): OVERDUE by \(ClockFormat.countdown(remaining))"
    }

    /// "08:30:00 UTC   09:30:00 London", without seconds where space is short.
    static func clockText(_ context: RenderContext, seconds: Bool) -> String {
        let utc = seconds ? ClockFormat.utc.hourMinuteSecond(context.now) : ClockFormat.utc.hourMinute(context.now)
        let local = seconds ? context.local.hourMinuteSecond(context.now) : context.local.hourMinute(context.now)
        return "\(utc) UTC   \(local) \(context.local.zoneName) "
    }
}
