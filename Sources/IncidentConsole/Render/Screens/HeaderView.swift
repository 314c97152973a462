/// The two header rows: priority, SECURITY flag, title, other open incidents, offline since, id and phase; Statuspage status, time since declared, UTC and local clocks.
import IncidentCore
import ScreenGrid

enum HeaderView {
    /// `othersOpen`: other incidents open in the store, marked so a second outage is not missed while this one is on screen.
    static func draw(_ state: IncidentState, othersOpen: Int = 0, width: Int, context: RenderContext, grid: inout Grid) {
        let theme = context.theme
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: theme.header)
        let offline = context.offlineSince.map { " offline since \(context.local.hourMinute($0)) " } ?? ""
        let others = (othersOpen > 0 ? " +\(othersOpen) open (i) " : "") + offline
        let right = " \(context.clean(state.id?.rawValue ?? ""))  \(state.phase.rawValue.uppercased()) "
        let rightWidth = TextWidth.of(right) + TextWidth.of(others)
        var x = grid.put(" \(state.priority.rawValue) ", x: 0, y: 0, style: theme.header)
        if state.securitySensitive {
            x += grid.put(" SECURITY ", x: x, y: 0, style: theme.security)
        }
        let room = max(0, width - x - rightWidth - 1)
        grid.put(" " + TextWidth.truncate(context.clean(state.title), toWidth: max(0, room - 1), ellipsis: context.glyphs.ellipsis),
                 x: x, y: 0, style: theme.header, maxWidth: room)
        if !others.isEmpty { grid.put(others, x: max(0, width - rightWidth), y: 0, style: theme.warn) }
        // Offline is the louder of the two: what is recorded now reaches nobody else yet.
        if !offline.isEmpty { grid.put(offline, x: max(0, width - TextWidth.of(right) - TextWidth.of(offline)), y: 0, style: theme.alarm) }
        grid.put(right, x: max(0, width - TextWidth.of(right)), y: 0, style: theme.header)

        // Narrow screens drop the seconds, then say "up 1h 05m" instead of when it was declared.
        let variants = [(true, true), (false, true), (false, false)]
        for (index, (seconds, declaredAt)) in variants.enumerated() {
            let line = statusLine(state, declaredAt: declaredAt, context: context)
            let clocks = clockText(context, seconds: seconds)
            guard line.width + TextWidth.of(clocks) + 1 <= width || index == variants.count - 1 else { continue }
            grid.draw(line, x: 0, y: 1, width: max(0, width - TextWidth.of(clocks) - 1))
            grid.put(context.clean(clocks), x: max(0, width - TextWidth.of(clocks)), y: 1, style: theme.strong)
            return
        }
    }

    private static func statusLine(_ state: IncidentState, declaredAt: Bool, context: RenderContext) -> StyledLine {
        let theme = context.theme
        var line = StyledLine()
        line.add(" Statuspage: ", theme.dim)
        // An update sent without a status still opens the Statuspage incident.
        let statuspage = state.comms.statuspageStatus?.rawValue ?? (state.comms.statuspageOpenedAt == nil ? "no incident yet" : "open, no status set")
        line.add(statuspage, state.comms.statuspageStatus == nil ? theme.warn : theme.strong)
        guard let declared = state.declaredAt else { return line }
        let running = ClockFormat.span(context.now.seconds(since: declared))
        if declaredAt {
            line.add("   Declared ", theme.dim)
            line.add(context.local.hourMinute(declared), theme.normal)
            line.add(", \(running) ago", theme.dim)
        } else {
            line.add("   Up ", theme.dim)
            line.add(running, theme.normal)
        }
        return line
    }

    /// "08:30:00 UTC   09:30:00 London", without seconds where space is short.
    static func clockText(_ context: RenderContext, seconds: Bool) -> String {
        let utc = seconds ? ClockFormat.utc.hourMinuteSecond(context.now) : ClockFormat.utc.hourMinute(context.now)
        let local = seconds ? context.local.hourMinuteSecond(context.now) : context.local.hourMinute(context.now)
        return "\(utc) UTC   \(local) \(context.local.zoneName) "
    }
}
