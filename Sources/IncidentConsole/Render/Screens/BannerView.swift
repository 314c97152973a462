/// The alarm line under the header: tenant update overdue (unless snoozed), work not started in time, a level not
/// answering, or a checklist step overdue.
import IncidentCore
import ScreenGrid

enum BannerView {
    /// The banner's text, or nil when nothing is overdue.
    static func text(_ state: IncidentState, context: RenderContext) -> String? {
        let clock = CommsClock(state: state, playbook: context.playbook, now: context.now)
        let overdue = Checklist(state: state, playbook: context.playbook, now: context.now).overdue
        var commsAlarm: String?
        if clock.isOverdue, !clock.isSnoozed, let remaining = clock.remaining {
            let what = clock.phase == .finalUpdateDue ? "Final \"resolved\" update" : "Tenant update"
            commsAlarm = "\(what) overdue by \(ClockFormat.countdown(remaining))"
        }
        // A suspected breach comes before everything else, tenant updates included: Information Assurance first.
        if let alertIA = overdue.first(where: { $0.id == StepID.alertInformationAssurance }) {
            return "\(alertIA.title) now \(context.dash) \(hint(for: alertIA.id))" + (commsAlarm.map { "; then: \($0.lowercased())" } ?? "")
        }
        if let commsAlarm { return "\(commsAlarm) \(context.dash) press \(KeyHint.key(.comms))" }
        let startWork = StartWorkClock(state: state, playbook: context.playbook, now: context.now)
        if startWork.status == .overdue, let remaining = startWork.remaining {
            return "Start work overdue by \(ClockFormat.countdown(remaining)) \(context.dash) log the first action (\(KeyHint.key(.log(.action)))) or finding (\(KeyHint.key(.log(.finding))))"
        }
        if let silent = Ladder(state: state, playbook: context.playbook, now: context.now).overdue.first {
            return "No answer from \(silent.title) \(context.dash) press \(KeyHint.key(.escalate)): reached, or unavailable and move on"
        }
        guard let first = overdue.first else { return nil }
        let more = overdue.count > 1 ? " (+\(overdue.count - 1) more)" : ""
        return "Overdue: \(first.title)\(more) \(context.dash) \(hint(for: first.id))"
    }

    static func draw(_ text: String, row: Int, width: Int, context: RenderContext, grid: inout Grid) {
        grid.fill(Rect(x: 0, y: row, width: width, height: 1), style: context.theme.alarm)
        let label = " \(context.glyphs.warning) " + context.clean(text)
        grid.put(TextWidth.truncate(label, toWidth: width, ellipsis: context.glyphs.ellipsis), x: 0, y: row, style: context.theme.alarm)
    }

    /// How to do an overdue step from the console, in the key table's keys.
    static func hint(for step: String) -> String { KeyHint.forStep(step) }
}
